namespace Yunpan.Testing;

/// <summary>
/// Runs the built server as a real process (admin commands, crash tests, the browser tests). Compiled into each test
/// project that needs it (linked source), since test projects do not reference each other.
/// </summary>
internal static class BuiltServer
{
    /// <summary>The built server: beside the test assembly (copied by the project reference) or in its own bin folder.</summary>
    public static string Dll()
    {
        var here = Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory);
        var beside = Path.Combine(here, "Yunpan.Server.dll");
        return File.Exists(beside) && File.Exists(Path.Combine(here, "Yunpan.Server.runtimeconfig.json")) ? beside : InOwnOutputFolder();
    }

    /// <summary>The server in its own output folder, where its static web assets manifest points at the web app's files
    /// (as <c>dotnet run</c> would start it).</summary>
    public static string InOwnOutputFolder()
    {
        var here = Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory);
        var configuration = Path.GetFileName(Path.GetDirectoryName(here)) ?? "Debug"; // …/bin/<Configuration>/net10.0
        var root = new DirectoryInfo(here);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Yunpan.slnx")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var built = Path.Combine(root.FullName, "src", "Yunpan.Server", "bin", configuration, "net10.0", "Yunpan.Server.dll");
        Assert.True(File.Exists(built), $"The server is not built: {built}");
        return built;
    }

    public static string DotnetHost()
    {
        var process = Environment.ProcessPath;
        if (process is not null && Path.GetFileNameWithoutExtension(process) == "dotnet")
        {
            return process;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }
}
