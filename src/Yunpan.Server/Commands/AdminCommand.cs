using System.CommandLine;
using Yunpan.Accounts.Administration;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.Server.Composition;

namespace Yunpan.Server.Commands;

internal static class AdminCommand
{
    public static Command Create() =>
        new("admin", "Administration tasks run on the server machine.") { CreateAdministrator(), SetPassword() };

    private static Command CreateAdministrator()
    {
        var login = new LoginOptions(
            "of the administrator",
            "Password for a new account; read from standard input when omitted and needed (keeps it out of shell history). An existing account keeps its password.");
        var command = new Command("create", "Create the first administrator, or make an existing member an administrator.");
        login.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(async services =>
        {
            var given = parse.GetValue(login.Password);
            var (user, created) = await services.GetRequiredService<CreateAdministrator>().ExecuteAsync(
                login.Of(parse), () => given ?? ReadPassword("A new account needs a password: give --password, or type it when asked."), ct);
            return created
                ? $"Created administrator {login.Of(parse)} ({user.Id})."
                : $"{login.Of(parse)} ({user.Id}) is now an administrator; the account keeps its password.";
        }, ct));
        return command;
    }

    private static Command SetPassword()
    {
        var login = new LoginOptions(
            "the member signs in with",
            "The new password; read from standard input when omitted (keeps it out of shell history).");
        var command = new Command(
            "set-password",
            "Give a member (an administrator too) a new password, for when they can reach neither their e-mail nor their phone. A lockout ends, and so do their sessions in browsers.");
        login.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(async services =>
        {
            var password = parse.GetValue(login.Password) ?? ReadPassword("Give the new password with --password, or type it when asked.");
            var id = await services.GetRequiredService<SetMemberPassword>().ExecuteAsync(login.Of(parse), password, ct);
            // The running server remembers WebDAV passwords it has checked for a short while, per process.
            return $"Set a new password for {login.Of(parse)} ({id}). Their browser sessions end; a running server may accept the old password over WebDAV for up to 2 more minutes.";
        }, ct));
        return command;
    }

    /// <summary>Runs a task against the configured database (migrated first) and prints its outcome; a refusal is
    /// printed with its error code and exits 1.</summary>
    private static async Task<int> RunAsync(Func<IServiceProvider, Task<string>> task, CancellationToken cancellationToken)
    {
        await using var app = YunpanApp.Build([]);
        await YunpanApp.PrepareDatabaseAsync(app.Services.GetRequiredService<IServiceScopeFactory>(), cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            Console.WriteLine(await task(scope.ServiceProvider));
            return 0;
        }
        catch (DomainException e)
        {
            Console.Error.WriteLine($"error: {e.Message} ({e.Code})");
            return 1;
        }
    }

    private static string ReadPassword(string whenMissing)
    {
        if (!Console.IsInputRedirected)
        {
            Console.Error.Write("Password: ");
        }

        return Console.ReadLine() is { Length: > 0 } typed
            ? typed
            : throw new DomainException(ErrorCodes.ValidationFailed, 400, whenMissing);
    }

    /// <summary>Who a command is about: exactly one of an e-mail address or a mobile number, and a password.</summary>
    private sealed class LoginOptions(string whose, string passwordHelp)
    {
        public Option<string?> Email { get; } = new("--email") { Description = $"E-mail address {whose}" };

        public Option<string?> Phone { get; } = new("--phone") { Description = $"Mobile number {whose} (instead of --email)" };

        public Option<string?> Password { get; } = new("--password") { Description = passwordHelp };

        public string Of(ParseResult parse) => parse.GetValue(Email) ?? parse.GetValue(Phone)!;

        public void AddTo(Command command)
        {
            command.Options.Add(Email);
            command.Options.Add(Phone);
            command.Options.Add(Password);
            command.Validators.Add(result =>
            {
                if (result.GetValue(Email) is null == result.GetValue(Phone) is null)
                {
                    result.AddError("Give exactly one of --email or --phone.");
                }
            });
        }
    }
}
