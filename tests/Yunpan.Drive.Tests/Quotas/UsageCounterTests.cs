using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Yunpan.Core.Naming;
using Yunpan.Data;
using Yunpan.Drive.Persistence;
using Yunpan.Drive.Quotas;
using Yunpan.Drive.Tests.Infrastructure;
using Yunpan.Drive.Versions;

namespace Yunpan.Drive.Tests.Quotas;

/// <summary>
/// The usage counter the database keeps (<see cref="MemberUsage"/>) against the sums over the tree it replaces: after
/// every kind of change, and when an existing installation migrates to it.
/// </summary>
public sealed class UsageCounterTests : IAsyncLifetime
{
    private static readonly Guid Member = Guid.CreateVersion7();
    private static readonly Guid Other = Guid.CreateVersion7();
    private DriveHarness _drive = null!;

    public async Task InitializeAsync() => _drive = await DriveHarness.StartAsync(capacity: 100_000, maxUpload: 10_000, maxVersions: 2);

    public async Task DisposeAsync() => await _drive.DisposeAsync();

    [Fact]
    public async Task The_counter_follows_every_change_of_the_tree()
    {
        await _drive.UploadAsync(Other, "/theirs.bin", Content(70, 9));
        Assert.Equal(new(100, 0, 0, 0), await CountedAsync(() => _drive.UploadAsync(Member, "/a.bin", Content(100, 1))));
        Assert.Equal(new(50, 100, 0, 0), await CountedAsync(() => _drive.UploadAsync(Member, "/a.bin", Content(50, 2))));
        Assert.Equal(new(50, 100, 0, 0), await CountedAsync(() => _drive.UploadAsync(Member, "/a.bin", Content(50, 2))));
        Assert.Equal(new(30, 150, 0, 0), await CountedAsync(() => _drive.UploadAsync(Member, "/a.bin", Content(30, 3))));
        Assert.Equal(new(20, 80, 0, 0), await CountedAsync(() => _drive.UploadAsync(Member, "/a.bin", Content(20, 4)))); // the oldest pruned
        Assert.Equal(50, (await CountedAsync(() => RestoreOldestVersionAsync("/a.bin"))).Files);

        await _drive.MkdirAsync(Member, "/d");
        var before = await CountedAsync(() => _drive.UploadAsync(Member, "/d/b.bin", Content(10, 5)));
        Assert.Equal(before.Files + 10, (await CountedAsync(() => _drive.CopyAsync(Member, "/d", "/e"))).Files);
        Assert.Equal(before.Files + 10, (await CountedAsync(() => _drive.MoveAsync(Member, "/e", "/f"))).Files);
        var folder = Guid.Empty;
        Assert.Equal(10, (await CountedAsync(async () => folder = await _drive.DeleteAsync(Member, "/d"))).Trash);
        Assert.Equal(0, (await CountedAsync(() => _drive.RestoreAsync(Member, folder))).Trash);
        Assert.Equal(10, (await CountedAsync(async () => folder = await _drive.DeleteAsync(Member, "/d"))).Trash);
        Assert.Equal(0, (await CountedAsync(() => _drive.PurgeAsync(Member, folder))).Trash);
        Assert.Equal(50, (await CountedAsync(() => _drive.DeleteAsync(Member, "/a.bin"))).Trash);
        Assert.Equal(new(10, 0, 0, 0), await CountedAsync(() => _drive.EmptyTrashAsync(Member)));

        Assert.Equal(new(70, 0, 0, 0), await _drive.UsageAsync(Other));
    }

    [Fact]
    public async Task Migrating_an_existing_installation_counts_what_its_drives_hold()
    {
        await _drive.UploadAsync(Member, "/a.bin", Content(100, 1));
        await _drive.UploadAsync(Member, "/a.bin", Content(40, 2));
        await _drive.UploadAsync(Member, "/d/b.bin", Content(30, 3));
        await _drive.DeleteAsync(Member, "/d");
        await _drive.UploadAsync(Other, "/c.bin", Content(5, 4));
        var expected = await SummedAsync(Member);

        await MigrateAsync(before: true);
        await MigrateAsync(before: false);

        Assert.Equal(new(40, 100, 30, 0), expected);
        Assert.Equal(expected, await _drive.UsageAsync(Member));
        Assert.Equal(new(5, 0, 0, 0), await _drive.UsageAsync(Other));
        Assert.Equal(new(45, 100, 30, 0), await CountedAsync(() => _drive.UploadAsync(Member, "/e.bin", Content(5, 5))));
    }

    [Fact]
    public async Task Uploads_under_way_count_until_they_expire_with_or_without_a_counter_row()
    {
        await ReserveAsync(Member, 300, TimeSpan.FromHours(1));
        await ReserveAsync(Member, 1000, TimeSpan.FromSeconds(-1)); // expired, not yet swept
        await ReserveAsync(Other, 7, TimeSpan.FromHours(1));

        Assert.Equal(new(0, 0, 0, 300), await _drive.UsageAsync(Member)); // nothing stored yet: no counter row

        await _drive.UploadAsync(Member, "/a.bin", Content(100, 1));
        Assert.Equal(new(100, 0, 0, 300), await _drive.UsageAsync(Member));

        _drive.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(new(100, 0, 0, 0), await _drive.UsageAsync(Member));
        Assert.Equal(new(0, 0, 0, 0), await _drive.UsageAsync(Guid.CreateVersion7()));
    }

    private Task ReserveAsync(Guid owner, long length, TimeSpan expiresIn) => _drive.RunAsync(async sp =>
    {
        var db = sp.GetRequiredService<DbContext>();
        var now = _drive.Clock.GetUtcNow();
        db.Add(new UploadSession { Id = Guid.CreateVersion7(), OwnerId = owner, Length = length, CreatedAt = now, ExpiresAt = now + expiresIn });
        await db.SaveChangesAsync();
    });

    /// <summary>Makes the change, checks that the counter agrees with the sums over the tree, and returns the usage.</summary>
    private async Task<QuotaUsage> CountedAsync(Func<Task> change)
    {
        // Versions are ordered by when they were archived: a stopped clock would leave "the oldest" to chance.
        _drive.Clock.Advance(TimeSpan.FromSeconds(1));
        await change();
        var counted = await _drive.UsageAsync(Member);
        Assert.Equal(await SummedAsync(Member), counted);
        return counted;
    }

    /// <summary>The usage summed over the member's nodes and versions, as the meter measured it before the counter.</summary>
    private Task<QuotaUsage> SummedAsync(Guid owner) =>
        _drive.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<DbContext>();
            var files = await db.Set<Node>().Where(n => n.OwnerId == owner && n.Kind == NodeKind.File)
                .Select(n => new { Live = n.TrashItemId == null, n.Size }).ToListAsync();
            var versions = await db.Set<FileVersion>().Where(v => v.OwnerId == owner).SumAsync(v => (long?)v.Size) ?? 0;
            return new QuotaUsage(files.Where(f => f.Live).Sum(f => f.Size), versions, files.Where(f => !f.Live).Sum(f => f.Size), 0);
        });

    private Task RestoreOldestVersionAsync(string path) =>
        _drive.RunAsync(async sp =>
        {
            var listing = await sp.GetRequiredService<ListVersions>().ExecuteAsync(Member, DrivePath.Parse(path), CancellationToken.None);
            await sp.GetRequiredService<RestoreVersion>().ExecuteAsync(Member, listing.Items[^1].Id, CancellationToken.None);
        });

    /// <summary>To the migration before the counter (<paramref name="before"/>) or back to the newest.</summary>
    private Task MigrateAsync(bool before) =>
        _drive.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<YunpanDbContext>();
            var all = db.Database.GetMigrations().ToList();
            var counter = all.FindIndex(m => m.EndsWith("_MemberUsageCounter", StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(before ? all[counter - 1] : all[^1]);
        });

    private static byte[] Content(int size, byte seed)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
