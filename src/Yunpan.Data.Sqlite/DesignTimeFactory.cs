using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Yunpan.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the server.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<YunpanDbContext>
{
    public YunpanDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<YunpanDbContext>();
        SqliteSetup.Configure(options, SqliteSetup.ConnectionString("design-time.db"));
        return new YunpanDbContext(options.Options);
    }
}
