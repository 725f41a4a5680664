using System.CommandLine;
using Yunpan.Accounts.Administration;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.Server.Composition;

namespace Yunpan.Server.Commands;

internal static class AdminCommand
{
    public static Command Create()
    {
        var email = new Option<string?>("--email") { Description = "E-mail address of the administrator" };
        var phone = new Option<string?>("--phone") { Description = "Mobile number of the administrator (instead of --email)" };
        var password = new Option<string?>("--password")
        {
            Description = "Password for a new account; read from standard input when omitted and needed (keeps it out of shell history). An existing account keeps its password.",
        };
        var create = new Command("create", "Create the first administrator, or make an existing member an administrator.") { email, phone, password };
        create.Validators.Add(result =>
        {
            if (result.GetValue(email) is null == result.GetValue(phone) is null)
            {
                result.AddError("Give exactly one of --email or --phone.");
            }
        });
        create.SetAction(async (parse, ct) =>
        {
            var login = parse.GetValue(email) ?? parse.GetValue(phone)!;
            var given = parse.GetValue(password);
            await using var app = YunpanApp.Build([]);
            await YunpanApp.PrepareDatabaseAsync(app.Services.GetRequiredService<IServiceScopeFactory>(), ct);
            await using var scope = app.Services.CreateAsyncScope();
            try
            {
                var (user, created) = await scope.ServiceProvider.GetRequiredService<CreateAdministrator>().ExecuteAsync(login, () => given ?? ReadPassword(), ct);
                Console.WriteLine(created
                    ? $"Created administrator {login} ({user.Id})."
                    : $"{login} ({user.Id}) is now an administrator; the account keeps its password.");
                return 0;
            }
            catch (DomainException e)
            {
                Console.Error.WriteLine($"error: {e.Message} ({e.Code})");
                return 1;
            }
        });

        return new Command("admin", "Administration tasks run on the server machine.") { create };
    }

    private static string ReadPassword()
    {
        if (!Console.IsInputRedirected)
        {
            Console.Error.Write("Password: ");
        }

        return Console.ReadLine() is { Length: > 0 } typed
            ? typed
            : throw new DomainException(ErrorCodes.ValidationFailed, 400, "A new account needs a password: give --password, or type it when asked.");
    }
}
