using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Yunpan.Accounts.Administration;
using Yunpan.Accounts.Authentication;
using Yunpan.Accounts.Endpoints;
using Yunpan.Accounts.Members;
using Yunpan.Accounts.Messaging;
using Yunpan.Accounts.Passwords;
using Yunpan.Accounts.Registration;
using Yunpan.Accounts.SignIn;
using Yunpan.Accounts.Tokens;
using Yunpan.Accounts.Verification;
using Yunpan.Core.Activity;
using Yunpan.Core.Messaging;
using Yunpan.Core.Security;

namespace Yunpan.Accounts;

public static class AccountsModule
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddActivityFeed();
        services.AddOptions<AccountsOptions>().Bind(configuration.GetSection(AccountsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MessagingOptions>().Bind(configuration.GetSection(MessagingOptions.Section));
        var accounts = configuration.GetSection(AccountsOptions.Section).Get<AccountsOptions>() ?? new AccountsOptions();

        services.AddIdentityCore<YunpanUser>(o =>
            {
                o.User.AllowedUserNameCharacters = string.Empty; // user names are ids; e-mail and phone are validated by Contact
                o.User.RequireUniqueEmail = false; // phone-only members have none; uniqueness is a database index
                o.Password.RequiredLength = accounts.MinPasswordLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = accounts.MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = accounts.LockoutDuration;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<DbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = AuthSchemes.Default;
                o.DefaultChallengeScheme = AuthSchemes.Default;
            })
            .AddPolicyScheme(AuthSchemes.Default, "Session cookie or access token", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? AuthSchemes.AccessToken
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, AccessTokenHandler>(AuthSchemes.AccessToken, null)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, BasicAuthHandler>(AuthSchemes.Basic, null)
            .AddIdentityCookies();

        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = accounts.SessionRevalidation);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "yunpan.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.SlidingExpiration = true;
            // An API answers 401/403; it never redirects to a sign-in page.
            o.Events.OnRedirectToLogin = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                ctx.Response.Headers.WWWAuthenticate = "Bearer realm=\"yunpan\"";
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddRateLimiter(o => o.AddPolicy(RateLimits.Auth, http =>
        {
            var settings = http.RequestServices.GetRequiredService<IOptions<AccountsOptions>>().Value;
            return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "local", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.AuthRequestsPerWindow,
                Window = settings.AuthWindow,
                QueueLimit = 0,
            });
        }));

        services.AddSingleton<MimeMessageFactory>();
        services.AddSingleton<IEmailSender>(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<MessagingOptions>>().Value.Email;
            if (!string.IsNullOrWhiteSpace(settings.SmtpHost))
            {
                return ActivatorUtilities.CreateInstance<SmtpEmailSender>(sp);
            }

            var pickup = ActivatorUtilities.CreateInstance<PickupEmailSender>(sp);
            AccountsLog.EmailPickup(sp.GetRequiredService<ILogger<PickupEmailSender>>(), pickup.Folder);
            return pickup;
        });
        services.AddSingleton<ISmsSender>(sp =>
        {
            var pickup = ActivatorUtilities.CreateInstance<PickupSmsSender>(sp);
            AccountsLog.SmsPickup(sp.GetRequiredService<ILogger<PickupSmsSender>>(), pickup.Folder);
            return pickup;
        });

        services.AddMemoryCache();
        services.AddSingleton<BasicCredentialCache>();
        services.AddScoped<AccessTokenValidator>();
        services.AddScoped<MemberDirectory>();
        services.AddScoped<IMemberDirectory>(sp => sp.GetRequiredService<MemberDirectory>());
        services.AddScoped<IMemberLookup>(sp => sp.GetRequiredService<MemberDirectory>());
        services.AddScoped<IStaffDirectory>(sp => sp.GetRequiredService<MemberDirectory>());
        services.AddScoped<CredentialCheck>();
        services.AddScoped<RegisterMember>();
        services.AddScoped<SignInMember>();
        services.AddScoped<GetProfile>();
        services.AddScoped<CreateAccessToken>();
        services.AddScoped<ListAccessTokens>();
        services.AddScoped<RevokeAccessToken>();
        services.AddScoped<SendEmailCode>();
        services.AddScoped<VerifyEmail>();
        services.AddScoped<PasswordSetter>();
        services.AddScoped<ChangePassword>();
        services.AddScoped<SendResetCode>();
        services.AddScoped<ResetPassword>();
        services.AddScoped<SetEmail>();
        services.AddScoped<SendPhoneCode>();
        services.AddScoped<ConfirmPhone>();
        services.AddScoped<UnbindPhone>();
        services.AddScoped<CreateAdministrator>();
        services.AddScoped(sp => new SetMemberPassword(
            sp.GetRequiredService<MemberDirectory>(), sp.GetRequiredService<PasswordSetter>(), sp.GetRequiredService<ILogger<SetMemberPassword>>()));
        services.AddScoped<StaffRoles>();
        return services;
    }

    /// <summary>Refuses cookie-authenticated writes from foreign origins; goes after authentication.</summary>
    public static IApplicationBuilder UseAccountsGuards(this IApplicationBuilder app) => app.UseMiddleware<CrossOriginGuard>();

    public static IEndpointRouteBuilder MapAccountsEndpoints(this IEndpointRouteBuilder app)
    {
        AuthEndpoints.Map(app);
        ProfileEndpoints.Map(app);
        StaffRoleEndpoints.Map(app);
        MemberLookupEndpoints.Map(app);
        return app;
    }
}
