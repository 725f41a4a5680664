using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Yunpan.Core.Activity;
using Yunpan.Sharing.Business;
using Yunpan.Sharing.Endpoints;
using Yunpan.Sharing.Express;
using Yunpan.Sharing.Links;
using Yunpan.Sharing.Visits;
using Yunpan.Sharing.Words;

namespace Yunpan.Sharing;

/// <summary>S-*: links to files and folders, their public pages, save to drive and the sensitive-word list.</summary>
public static class SharingModule
{
    public static IServiceCollection AddSharing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddActivityFeed();
        services.AddOptions<SharingOptions>().Bind(configuration.GetSection(SharingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddScoped<LinkUrls>();
        services.AddScoped<LinkMapper>();
        services.AddScoped<LinkCounters>();
        services.AddScoped<OwnLinks>();
        services.AddScoped<Core.Support.IMemberLinksSummary, MemberLinksSummaryForDesk>();
        services.AddScoped<CreateShareLink>();
        services.AddScoped<UpdateShareLink>();
        services.AddScoped<ChangeSharePassword>();
        services.AddScoped<RevokeShareLink>();
        services.AddScoped<SensitiveWords>();
        services.AddScoped<EditSensitiveWords>();
        services.AddSingleton<LinkUnlock>();
        services.AddSingleton<PasswordThrottle>();
        services.AddScoped<OpenLink>();
        services.AddScoped<DownloadThroughLink>();
        services.AddScoped<FolderZip>();
        services.AddScoped<SaveToDrive>();
        services.AddScoped<TrafficMeter>();
        services.AddScoped<TrafficBudget>();
        services.AddScoped<BusinessGate>();
        services.AddScoped<GetBusinessTraffic>();
        services.AddScoped<Core.Pages.ISitemapSource, PublicLinks>();
        services.AddScoped<ExpressParcels>();
        services.AddScoped<SendExpress>();
        services.AddScoped<AnswerExpress>();
        services.AddHostedService<ExpressSweeper>();
        return services;
    }

    public static IEndpointRouteBuilder MapSharingEndpoints(this IEndpointRouteBuilder app)
    {
        ShareEndpoints.Map(app);
        LinkPageEndpoints.Map(app);
        SensitiveWordEndpoints.Map(app);
        ExpressEndpoints.Map(app);
        return app;
    }
}
