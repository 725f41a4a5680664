using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Yunpan.Core.Errors;

public static class ProblemDetailsSetup
{
    /// <summary>problem+json for every failure: exceptions, framework statuses (404, 405, 401 …) and domain refusals.</summary>
    public static IServiceCollection AddYunpanProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ctx =>
            ProblemMapping.Decorate(ctx.ProblemDetails, ctx.HttpContext));
        services.AddExceptionHandler<DomainExceptionHandler>();
        // Malformed JSON must reach the exception handler in every environment, not only Development.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }
}
