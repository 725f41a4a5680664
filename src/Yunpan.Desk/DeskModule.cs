using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Yunpan.Core.Pages;
using Yunpan.Desk.BannedPhrases;
using Yunpan.Desk.Cases;
using Yunpan.Desk.Categories;
using Yunpan.Desk.Clocks;
using Yunpan.Desk.Closing;
using Yunpan.Desk.Context;
using Yunpan.Desk.Endpoints;
using Yunpan.Desk.Escalation;
using Yunpan.Desk.Help;
using Yunpan.Desk.Notifications;
using Yunpan.Desk.Phrases;
using Yunpan.Desk.Seeds;
using Yunpan.Desk.Staff;
using Yunpan.Desk.Technical;

namespace Yunpan.Desk;

/// <summary>The customer-service desk (SPEC K-*): cases, clocks, phrases and the banned-phrase stop.</summary>
public static class DeskModule
{
    public static IServiceCollection AddDesk(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeskOptions>().Bind(configuration.GetSection(DeskOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BannedPhraseIndex>();
        services.AddScoped<CheckText>();
        services.AddScoped<EditBannedPhrases>();
        services.AddSingleton<BusinessCalendar>();
        services.AddScoped<CaseClocks>();
        services.AddScoped<CaseTimeline>();
        services.AddScoped<OpenCase>();
        services.AddScoped<TakeCase>();
        services.AddScoped<ReplyToCase>();
        services.AddScoped<AddCustomerMessage>();
        services.AddScoped<AddNote>();
        services.AddScoped<HandOverCase>();
        services.AddScoped<HandToTechnicalContact>();
        services.AddScoped<MarkTaskFixed>();
        services.AddScoped<AddCategory>();
        services.AddScoped<ResolveCase>();
        services.AddScoped<RateCase>();
        services.AddScoped<CustomerContext>();
        services.AddScoped<MemberSummaries>();
        services.AddScoped<AssignSupervisor>();
        services.AddScoped<SalutationRules>();
        services.AddScoped<RenderPhrases>();
        services.AddScoped<EditPhrases>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<SearchHelp>();
        services.AddScoped<SuggestArticles>();
        services.AddScoped<EditHelpArticles>();
        services.AddScoped<ReadHelpArticle>();
        services.AddScoped<ListHelpByCategory>();
        services.AddScoped<HelpUrls>();
        services.AddScoped<ISitemapSource, HelpSitemap>();
        services.AddHttpContextAccessor();
        services.AddHelpRateLimit();
        services.AddScoped<EscalateCase>();
        services.AddScoped<FileIncidentReport>();
        services.AddScoped<AnswerIncidentReport>();
        services.AddScoped<DeskAlertMail>();
        services.AddHostedService<DeadlineSweeper>();
        services.AddHostedService<DeskSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapDeskEndpoints(this IEndpointRouteBuilder app)
    {
        BannedPhraseEndpoints.Map(app);
        MemberCaseEndpoints.Map(app);
        StaffCaseEndpoints.Map(app);
        TechnicalTaskEndpoints.Map(app);
        DeskAdminEndpoints.Map(app);
        StaffDirectoryEndpoints.Map(app);
        PhraseEndpoints.Map(app);
        HelpEndpoints.Map(app);
        HelpPageEndpoints.Map(app);
        EscalationEndpoints.Map(app);
        return app;
    }
}
