using System.Diagnostics;
using System.Net;
using Yunpan.Contracts.Accounts;
using Yunpan.Contracts.Errors;
using Yunpan.Server.IntegrationTests.Infrastructure;
using Yunpan.Testing;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;

namespace Yunpan.Server.IntegrationTests.Accounts;

/// <summary>
/// The first administrator is made on the server machine with the built server binary (<c>admin create</c>), run as a
/// real process against a data directory that a server then serves.
/// </summary>
public sealed class AdminCommandTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "yunpan-tests", "admin-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Admin_create_with_an_email_makes_an_administrator_who_signs_in_over_http()
    {
        var email = NewEmail();

        var result = await RunServerAsync(null, "admin", "create", "--email", email, "--password", Password);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"Created administrator {email}", result.StdOut, StringComparison.Ordinal);
        await using var factory = new ExistingDataFactory(_dataDirectory);
        using var http = factory.NewHttpClient();
        var token = await ReadAsync<TokenCreated>(await CreateTokenAsync(http, email, Password), HttpStatusCode.Created);
        using var admin = BearerClient(factory, token.Token);
        var me = await MeAsync(admin);
        Assert.Equal(email, me.Email);
        Assert.Equal(["admin"], me.Roles);
        Assert.Equal("standard", me.Plan);
    }

    [Fact]
    public async Task Admin_create_with_a_phone_reads_the_password_from_standard_input()
    {
        var phone = NewChinaMobile();

        var result = await RunServerAsync("a password from stdin", "admin", "create", "--phone", phone);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"Created administrator {phone}", result.StdOut, StringComparison.Ordinal);
        await using var factory = new ExistingDataFactory(_dataDirectory);
        using var http = factory.NewHttpClient();
        var token = await ReadAsync<TokenCreated>(await CreateTokenAsync(http, phone, "a password from stdin"), HttpStatusCode.Created);
        using var admin = BearerClient(factory, token.Token);
        var me = await MeAsync(admin);
        Assert.Equal("+86" + phone, me.Phone);
        Assert.Equal(["admin"], me.Roles);
    }

    [Fact]
    public async Task Admin_create_promotes_an_existing_member_while_the_server_runs()
    {
        await using var factory = new ExistingDataFactory(_dataDirectory);
        var member = await NewEmailMemberAsync(factory);
        var plain = await NewEmailMemberAsync(factory);
        Assert.Empty((await MeAsync(member.Http)).Roles);

        var result = await RunServerAsync(null, "admin", "create", "--email", member.Email!.ToUpperInvariant(), "--password", "ignored for an existing account");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("is now an administrator", result.StdOut, StringComparison.Ordinal);
        Assert.Contains(member.Id.ToString(), result.StdOut, StringComparison.Ordinal);
        Assert.Equal(["admin"], (await MeAsync(member.Http)).Roles);
        Assert.Empty((await MeAsync(plain.Http)).Roles);
        // The password did not change.
        using var http = factory.NewHttpClient();
        await AssertStatusAsync(await CreateTokenAsync(http, member.Email, Password), HttpStatusCode.Created);
        await AssertProblemAsync(await CreateTokenAsync(http, member.Email, "ignored for an existing account"), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
    }

    [Fact]
    public async Task Admin_create_promotes_an_existing_member_without_asking_for_a_password()
    {
        await using var factory = new ExistingDataFactory(_dataDirectory);
        var member = await NewEmailMemberAsync(factory);

        // Nothing on standard input: a password would read as empty and be refused, were it asked for.
        var result = await RunServerAsync(null, "admin", "create", "--email", member.Email!);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("is now an administrator; the account keeps its password.", result.StdOut, StringComparison.Ordinal);
        Assert.Equal(["admin"], (await MeAsync(member.Http)).Roles);
    }

    [Fact]
    public async Task Admin_create_of_a_new_account_with_nothing_on_standard_input_is_refused()
    {
        var email = NewEmail();

        var result = await RunServerAsync(null, "admin", "create", "--email", email);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("A new account needs a password", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("Created administrator", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_create_without_an_email_or_phone_fails_with_a_clear_message()
    {
        var result = await RunServerAsync(null, "admin", "create", "--password", Password);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Give exactly one of --email or --phone.", result.StdOut + result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dataDirectory, "yunpan.db")), "The refused command touched the database.");
    }

    [Fact]
    public async Task Admin_create_with_both_an_email_and_a_phone_fails_with_a_clear_message()
    {
        var result = await RunServerAsync(null, "admin", "create", "--email", NewEmail(), "--phone", NewChinaMobile(), "--password", Password);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Give exactly one of --email or --phone.", result.StdOut + result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dataDirectory, "yunpan.db")), "The refused command touched the database.");
    }

    [Fact]
    public async Task Admin_create_with_a_weak_password_or_a_bad_email_fails_and_creates_nothing()
    {
        var email = NewEmail();

        var weak = await RunServerAsync(null, "admin", "create", "--email", email, "--password", "short");
        var invalid = await RunServerAsync(null, "admin", "create", "--email", "not-an-email@", "--password", Password);

        Assert.Equal(1, weak.ExitCode);
        Assert.Contains($"({ErrorCodes.WeakPassword})", weak.StdErr, StringComparison.Ordinal);
        Assert.Equal(1, invalid.ExitCode);
        Assert.Contains($"({ErrorCodes.InvalidEmail})", invalid.StdErr, StringComparison.Ordinal);
        await using var factory = new ExistingDataFactory(_dataDirectory);
        using var http = factory.NewHttpClient();
        await AssertProblemAsync(await CreateTokenAsync(http, email, "short"), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
        await AssertStatusAsync(await RegisterAsync(http, email, null), HttpStatusCode.Created);
    }

    [Fact]
    public async Task Admin_set_password_lets_a_locked_out_member_in_with_the_new_password_only()
    {
        await using var factory = new ExistingDataFactory(_dataDirectory);
        var member = await NewPhoneMemberAsync(factory);
        var other = await NewEmailMemberAsync(factory);
        using var http = factory.NewHttpClient();
        for (var i = 0; i < 5; i++)
        {
            await CreateTokenAsync(http, member.Phone!, "a wrong guess");
        }

        await AssertProblemAsync(await CreateTokenAsync(http, member.Phone!, Password), HttpStatusCode.Locked, ErrorCodes.AccountLocked);

        var result = await RunServerAsync("a new password from stdin", "admin", "set-password", "--phone", member.Phone!);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"Set a new password for {member.Phone} ({member.Id})", result.StdOut, StringComparison.Ordinal);
        await AssertStatusAsync(await CreateTokenAsync(http, member.Phone!, "a new password from stdin"), HttpStatusCode.Created);
        await AssertProblemAsync(await CreateTokenAsync(http, member.Phone!, Password), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
        await AssertStatusAsync(await CreateTokenAsync(http, other.Email!, Password), HttpStatusCode.Created);
    }

    [Fact]
    public async Task Admin_set_password_refuses_an_unknown_login_a_weak_password_and_no_password_and_changes_nothing()
    {
        await using var factory = new ExistingDataFactory(_dataDirectory);
        var member = await NewEmailMemberAsync(factory);

        var unknown = await RunServerAsync(null, "admin", "set-password", "--email", NewEmail(), "--password", "a perfectly good password");
        var weak = await RunServerAsync(null, "admin", "set-password", "--email", member.Email!, "--password", "short");
        var none = await RunServerAsync(null, "admin", "set-password", "--email", member.Email!);
        var both = await RunServerAsync(null, "admin", "set-password", "--email", member.Email!, "--phone", NewChinaMobile(), "--password", "a perfectly good password");

        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains($"No member signs in with that e-mail address or mobile number. ({ErrorCodes.NotFound})", unknown.StdErr, StringComparison.Ordinal);
        Assert.Equal(1, weak.ExitCode);
        Assert.Contains($"({ErrorCodes.WeakPassword})", weak.StdErr, StringComparison.Ordinal);
        Assert.Equal(1, none.ExitCode);
        Assert.Contains("Give the new password with --password", none.StdErr, StringComparison.Ordinal);
        Assert.NotEqual(0, both.ExitCode);
        Assert.Contains("Give exactly one of --email or --phone.", both.StdOut + both.StdErr, StringComparison.Ordinal);
        using var http = factory.NewHttpClient();
        await AssertStatusAsync(await CreateTokenAsync(http, member.Email!, Password), HttpStatusCode.Created);
        await AssertProblemAsync(await CreateTokenAsync(http, member.Email!, "short"), HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials);
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_dataDirectory))
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private async Task<ProcessResult> RunServerAsync(string? standardInput, params string[] arguments)
    {
        var start = new ProcessStartInfo(BuiltServer.DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(BuiltServer.Dll());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Yunpan__DataDirectory"] = _dataDirectory;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The server did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteLineAsync(standardInput);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{string.Join(' ', arguments)}' did not finish in time.");
        }

        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }

    private sealed record ProcessResult(int ExitCode, string StdOut, string StdErr)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{StdOut}\n--- stderr\n{StdErr}";
    }
}
