using System.CommandLine;
using Yunpan.Server.Composition;

namespace Yunpan.Server.Commands;

internal static class ServeCommand
{
    /// <summary>The default action: run the server. Unrecognised arguments (--urls …) go to ASP.NET Core.</summary>
    public static void Attach(RootCommand root) => root.SetAction(async (parse, ct) =>
    {
        var app = YunpanApp.Build([.. parse.UnmatchedTokens]);
        await app.RunAsync();
        return 0;
    });
}
