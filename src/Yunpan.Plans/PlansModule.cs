using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Yunpan.Core.Activity;
using Yunpan.Plans.Catalog;
using Yunpan.Plans.Endpoints;
using Yunpan.Plans.Entitlements;
using Yunpan.Plans.Grants;
using Yunpan.Plans.Invoices;
using Yunpan.Plans.Orders;
using Yunpan.Plans.Payments;
using Yunpan.Plans.Rewards;
using Yunpan.Plans.Traffic;

namespace Yunpan.Plans;

public static class PlansModule
{
    public static IServiceCollection AddPlans(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PlansOptions>().Bind(configuration.GetSection(PlansOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<PlansOptions>, PlansOptionsValidator>();
        services.AddSingleton<PlanCatalog>();
        services.AddScoped<IEntitlements, MemberEntitlements>();

        services.AddScoped<MemberPlans>();
        services.AddScoped<Core.Support.IMemberPlanSummary, MemberPlanSummaryForDesk>();
        services.AddScoped<PlaceOrder>();
        services.AddScoped<ConfirmPayment>();
        services.AddScoped<ActivateShopOrder>();
        services.AddScoped<GrantPlan>();
        services.AddScoped<PlaceTrafficOrder>();
        services.AddScoped<IBusinessTraffic, PaidExtraTraffic>();
        services.AddHostedService<PlanExpirySweeper>();

        services.AddOptions<RewardsOptions>().Bind(configuration.GetSection(RewardsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RewardsOptionsSetup>();
        services.AddSingleton<IPostConfigureOptions<RewardsOptions>>(sp => sp.GetRequiredService<RewardsOptionsSetup>());
        services.AddSingleton<IValidateOptions<RewardsOptions>>(sp => sp.GetRequiredService<RewardsOptionsSetup>());
        services.AddSingleton<PlansCalendar>();
        services.AddSingleton<IBillingCalendar>(sp => sp.GetRequiredService<PlansCalendar>());
        services.AddScoped<CapacityLedger>();
        services.AddScoped<GetRewards>();
        services.AddScoped<GetCapacityLedger>();
        services.AddScoped<CheckIn>();
        services.AddScoped<RedeemPoints>();
        services.AddScoped<CreateInvitation>();
        services.AddScoped<ClaimTask>();
        services.AddScoped<IActivityHandler, RewardsActivityHandler>();

        services.AddOptions<InvoicesOptions>().Bind(configuration.GetSection(InvoicesOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<InvoiceFont>();
        services.AddScoped<RequestInvoice>();
        services.AddScoped<IssueInvoiceBatch>();
        services.AddScoped<ListInvoiceMonth>();
        services.AddScoped<InvoiceCsv>();
        services.AddScoped<InvoicePdf>();

        var payments = configuration.GetSection(PaymentsOptions.Section).Get<PaymentsOptions>() ?? new PaymentsOptions();
        services.Configure<PaymentsOptions>(configuration.GetSection(PaymentsOptions.Section));
        switch (payments.Provider.Trim().ToLowerInvariant())
        {
            case "":
                break;
            case SandboxPaymentProvider.ProviderName when payments.SandboxSecret.Length >= 16:
                services.AddSingleton<SandboxPaymentProvider>();
                services.AddSingleton<IPaymentProvider>(sp => sp.GetRequiredService<SandboxPaymentProvider>());
                break;
            case SandboxPaymentProvider.ProviderName:
                throw new OptionsValidationException(PaymentsOptions.Section, typeof(PaymentsOptions),
                    ["Payments:SandboxSecret must be set (16 characters or more) when Payments:Provider is sandbox."]);
            default:
                throw new OptionsValidationException(PaymentsOptions.Section, typeof(PaymentsOptions),
                    [$"Payments:Provider '{payments.Provider}' is unknown; leave it empty or use 'sandbox' (development only)."]);
        }

        return services;
    }

    public static IEndpointRouteBuilder MapPlansEndpoints(this IEndpointRouteBuilder app)
    {
        PlanEndpoints.Map(app);
        OrderEndpoints.Map(app);
        PlanGrantEndpoints.Map(app);
        RewardEndpoints.Map(app);
        InvoiceEndpoints.Map(app);
        if (app.ServiceProvider.GetService<SandboxPaymentProvider>() is not null)
        {
            SandboxPaymentEndpoints.Map(app);
        }

        return app;
    }
}
