using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Yunpan.Testing;

namespace Yunpan.Web.Tests.Infrastructure;

/// <summary>
/// The built server (src/Yunpan.Server/bin/…) as its own process on a loopback port with a temporary data directory:
/// exactly what `dotnet run --project src/Yunpan.Server` serves, web app and API together.
/// </summary>
public sealed class WebServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WebServer(Process process, Uri address, string dataDirectory)
    {
        _process = process;
        Address = address;
        DataDirectory = dataDirectory;
    }

    public Uri Address { get; }

    public string DataDirectory { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<WebServer> StartAsync(IDictionary<string, string>? settings = null)
    {
        var data = Path.Combine(Path.GetTempPath(), "yunpan-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo(BuiltServer.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = data,
        };
        start.ArgumentList.Add(BuiltServer.InOwnOutputFolder());
        start.Environment["Yunpan__DataDirectory"] = data;
        start.Environment["ASPNETCORE_URLS"] = address.GetLeftPart(UriPartial.Authority);
        start.Environment["Accounts__AuthRequestsPerWindow"] = "100000";
        start.Environment["Desk__Help__RequestsPerWindow"] = "100000";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The server did not start.");
        var server = new WebServer(process, address, data);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilReadyAsync();
        return server;
    }

    /// <summary>
    /// Makes <paramref name="email"/> an administrator the way an operator does: the server's <c>admin create</c>
    /// command on the same data directory, while this server runs.
    /// </summary>
    public async Task CreateAdministratorAsync(string email, string password)
    {
        var start = new ProcessStartInfo(BuiltServer.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = DataDirectory,
        };
        foreach (var argument in new[] { BuiltServer.InOwnOutputFolder(), "admin", "create", "--email", email, "--password", password })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Yunpan__DataDirectory"] = DataDirectory;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("admin create did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"admin create failed: {await output}{await errors}");
    }

    /// <summary>The 6-digit code of the newest e-mail of <paramref name="kind"/> ("verification", "password reset") to
    /// <paramref name="email"/> in the pickup folder, waiting a few seconds for it to arrive.</summary>
    public async Task<string> LatestMailCodeAsync(string email, string kind = "verification")
    {
        var folder = Path.Combine(DataDirectory, "mail");
        var subject = new System.Text.RegularExpressions.Regex($@"^Subject: Yunpan {kind} code: (\d{{6}})\r?$", System.Text.RegularExpressions.RegexOptions.Multiline);
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (Directory.Exists(folder))
            {
                var codes = Directory.GetFiles(folder, "*.eml")
                    .Select(f => (File: f, Text: File.ReadAllText(f)))
                    .Where(m => m.Text.Contains($"To: {email}", StringComparison.OrdinalIgnoreCase))
                    .OrderBy(m => File.GetLastWriteTimeUtc(m.File))
                    .Select(m => subject.Match(m.Text))
                    .Where(m => m.Success)
                    .ToList();
                if (codes.Count > 0)
                {
                    return codes[^1].Groups[1].Value;
                }
            }

            await Task.Delay(100);
        }

        Assert.Fail($"No {kind} mail to {email} in {folder}.");
        return "";
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // a file still open by a dying process: the temp folder is cleaned by the system
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address };
        await ServerReadiness.WaitAsync(_process, () => Output, async ct => (await http.GetAsync("/healthz", ct)).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(90));
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
