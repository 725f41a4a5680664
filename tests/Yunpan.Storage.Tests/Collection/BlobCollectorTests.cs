using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Yunpan.Core.Hosting;
using Yunpan.Data;
using Yunpan.Data.Sqlite;
using Yunpan.Storage.Blobs;
using Yunpan.Storage.Collection;
using Yunpan.Storage.Persistence;

namespace Yunpan.Storage.Tests.Collection;

/// <summary>The collector against the real schema (SQLite with the real migrations) and a real blob store; the grace
/// period is one hour on a fake clock.</summary>
public sealed class BlobCollectorTests : IAsyncLifetime
{
    private static readonly TimeSpan Grace = TimeSpan.FromHours(1);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "yunpan-storage-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
    private ServiceProvider _services = null!;
    private string _connectionString = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:CollectionGrace"] = Grace.ToString(),
        }).Build();
        var data = new DataDirectory(_root);
        var databaseFile = Path.Combine(data.Root, "yunpan.db");
        _connectionString = SqliteSetup.ConnectionString(databaseFile);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(data);
        services.AddSingleton<TimeProvider>(_clock);
        services.AddYunpanSqlite(databaseFile);
        services.AddScoped<DbContext>(sp => sp.GetRequiredService<YunpanDbContext>());
        services.AddStorage(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await RunAsync(sp => SqliteSetup.PrepareAsync(sp.GetRequiredService<YunpanDbContext>(), CancellationToken.None));
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private IBlobStore Store => _services.GetRequiredService<IBlobStore>();

    [Fact]
    public async Task An_unreferenced_blob_is_kept_for_the_grace_period_then_collected()
    {
        var blob = await UploadAsync();

        _clock.Advance(Grace - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await CollectAsync());
        Assert.True(Store.Exists(blob.Hash));

        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await CollectAsync());
        Assert.False(Store.Exists(blob.Hash));
        Assert.Null(await RecordAsync(blob.Hash));
    }

    [Fact]
    public async Task The_grace_period_is_inclusive()
    {
        var blob = await UploadAsync();
        _clock.Advance(Grace);
        Assert.Equal(0, await CollectAsync());
        Assert.True(Store.Exists(blob.Hash));
    }

    [Fact]
    public async Task A_referenced_blob_is_never_collected()
    {
        var blob = await UploadAsync();
        Assert.True(await CatalogAsync(c => c.AddReferencesAsync(blob.Hash, 1, CancellationToken.None)));

        for (var day = 0; day < 30; day++)
        {
            _clock.Advance(TimeSpan.FromDays(1));
            Assert.Equal(0, await CollectAsync());
        }

        Assert.True(Store.Exists(blob.Hash));
        Assert.Equal(1, (await RecordAsync(blob.Hash))!.RefCount);
    }

    [Fact]
    public async Task The_grace_period_starts_when_the_last_reference_goes()
    {
        var blob = await UploadAsync();
        await CatalogAsync(c => c.AddReferencesAsync(blob.Hash, 2, CancellationToken.None));
        _clock.Advance(TimeSpan.FromDays(3));

        await CatalogAsync(c => c.ReleaseAsync(blob.Hash, 1, CancellationToken.None));
        _clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(0, await CollectAsync()); // one reference left

        await CatalogAsync(c => c.ReleaseAsync(blob.Hash, 1, CancellationToken.None));
        _clock.Advance(Grace - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await CollectAsync());
        Assert.True(Store.Exists(blob.Hash));

        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await CollectAsync());
        Assert.False(Store.Exists(blob.Hash));
    }

    [Fact]
    public async Task Uploading_the_same_content_again_restarts_the_grace_period()
    {
        var content = RandomNumberGenerator.GetBytes(1000);
        var blob = await UploadAsync(content);
        _clock.Advance(Grace - TimeSpan.FromMinutes(1));
        await UploadAsync(content);

        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(0, await CollectAsync());
        Assert.True(Store.Exists(blob.Hash));
    }

    [Fact]
    public async Task Only_unreferenced_blobs_go()
    {
        var kept = await UploadAsync();
        var dropped = await UploadAsync();
        await CatalogAsync(c => c.AddReferencesAsync(kept.Hash, 1, CancellationToken.None));

        _clock.Advance(Grace * 2);
        Assert.Equal(1, await CollectAsync());

        Assert.True(Store.Exists(kept.Hash));
        Assert.False(Store.Exists(dropped.Hash));
        Assert.NotNull(await RecordAsync(kept.Hash));
    }

    [Fact]
    public async Task A_collected_blob_cannot_be_referenced_any_more()
    {
        var blob = await UploadAsync();
        _clock.Advance(Grace * 2);
        await CollectAsync();

        Assert.False(await CatalogAsync(c => c.AddReferencesAsync(blob.Hash, 1, CancellationToken.None)));
        Assert.Null(await RecordAsync(blob.Hash));
    }

    [Fact]
    public async Task Collecting_twice_is_harmless_and_a_missing_file_does_not_stop_it()
    {
        var blob = await UploadAsync();
        Store.Delete(blob.Hash); // the file is already gone; the row remains
        _clock.Advance(Grace * 2);

        Assert.Equal(1, await CollectAsync());
        Assert.Equal(0, await CollectAsync());
        Assert.Null(await RecordAsync(blob.Hash));
    }

    [Fact]
    public async Task More_than_one_batch_is_collected_in_one_run()
    {
        var hashes = Enumerable.Range(0, 501).Select(_ => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))).ToList();
        await RunAsync(async sp =>
        {
            var catalog = sp.GetRequiredService<IBlobCatalog>();
            foreach (var hash in hashes)
            {
                await catalog.TouchAsync(new StoredBlob(hash, 1), CancellationToken.None);
            }
        });

        _clock.Advance(Grace * 2);
        Assert.Equal(501, await CollectAsync());
        Assert.Equal(0, await RunAsync(sp => sp.GetRequiredService<DbContext>().Set<BlobRecord>().CountAsync()));
    }

    [Fact]
    public async Task A_writer_arriving_while_the_collector_holds_a_blob_waits_and_keeps_its_content()
    {
        var content = RandomNumberGenerator.GetBytes(1000);
        var blob = await UploadAsync(content);
        // A collector claimed the blob and stopped before deleting it (or is deleting it right now).
        await RunAsync(sp => sp.GetRequiredService<DbContext>().Set<BlobRecord>().Where(b => b.Hash == blob.Hash)
            .ExecuteUpdateAsync(u => u.SetProperty(b => b.RefCount, -1)));

        var writer = UploadAsync(content);
        await Task.Delay(300);
        Assert.False(writer.IsCompleted, "the writer must wait while the collector holds the blob");

        Assert.Equal(1, await CollectAsync()); // finishes the claim: file and row go
        await writer;

        Assert.True(Store.Exists(blob.Hash), "the writer's content must be in place after the collection");
        var record = await RecordAsync(blob.Hash);
        Assert.NotNull(record);
        Assert.Equal(0, record.RefCount);
        Assert.True(await CatalogAsync(c => c.AddReferencesAsync(blob.Hash, 1, CancellationToken.None)));
    }

    /// <summary>What an upload does: stage the bytes, record the blob in the catalog, then commit the bytes.</summary>
    private async Task<StoredBlob> UploadAsync(byte[]? content = null)
    {
        using var staged = await Store.StageAsync(new MemoryStream(content ?? RandomNumberGenerator.GetBytes(1000)), long.MaxValue, CancellationToken.None);
        await RunAsync(async sp =>
        {
            await sp.GetRequiredService<IBlobCatalog>().TouchAsync(staged.Blob, CancellationToken.None);
            return 0;
        });
        Store.Commit(staged);
        return staged.Blob;
    }

    private Task<int> CollectAsync() => RunAsync(sp => sp.GetRequiredService<BlobCollector>().CollectAsync(CancellationToken.None));

    private Task<T> CatalogAsync<T>(Func<IBlobCatalog, Task<T>> action) => RunAsync(sp => action(sp.GetRequiredService<IBlobCatalog>()));

    private Task CatalogAsync(Func<IBlobCatalog, Task> action) => RunAsync(sp => action(sp.GetRequiredService<IBlobCatalog>()));

    private Task<BlobRecord?> RecordAsync(string hash) =>
        RunAsync(sp => sp.GetRequiredService<DbContext>().Set<BlobRecord>().AsNoTracking().FirstOrDefaultAsync(b => b.Hash == hash));

    private async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private async Task RunAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = _services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }
}
