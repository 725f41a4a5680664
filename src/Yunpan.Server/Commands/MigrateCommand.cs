using System.CommandLine;
using Yunpan.Server.Composition;

namespace Yunpan.Server.Commands;

internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply pending database migrations and exit (the server also does this when it starts).");
        command.SetAction(async (_, ct) =>
        {
            await using var app = YunpanApp.Build([]);
            await YunpanApp.PrepareDatabaseAsync(app.Services.GetRequiredService<IServiceScopeFactory>(), ct);
            Console.WriteLine("The database is up to date.");
            return 0;
        });
        return command;
    }
}
