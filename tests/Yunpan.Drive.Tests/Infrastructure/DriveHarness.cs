using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Yunpan.Contracts.Drive;
using Yunpan.Core.Hosting;
using Yunpan.Core.Naming;
using Yunpan.Core.Security;
using Yunpan.Data;
using Yunpan.Data.Sqlite;
using Yunpan.Drive.Content;
using Yunpan.Drive.Persistence;
using Yunpan.Drive.Quotas;
using Yunpan.Drive.Trash;
using Yunpan.Drive.Tree;
using Yunpan.Plans;
using Yunpan.Storage;
using Yunpan.Storage.Collection;

namespace Yunpan.Drive.Tests.Infrastructure;

/// <summary>
/// The drive composed the way the server composes it (YunpanServices): the real modules, a real SQLite file with the
/// real migrations and a real blob store, in a temporary folder, with a fake clock. Every call runs in its own scope,
/// like a request.
/// </summary>
internal sealed class DriveHarness : IAsyncDisposable
{
    public const string PlanId = "standard";

    private readonly ServiceProvider _services;
    private readonly string _connectionString;
    private readonly bool _ownsFolder;

    private DriveHarness(string folder, FakeTimeProvider clock, IDictionary<string, string?> settings, bool ownsFolder)
    {
        Folder = folder;
        Clock = clock;
        _ownsFolder = ownsFolder;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var data = new DataDirectory(folder);
        var databaseFile = Path.Combine(data.Root, "yunpan.db");
        _connectionString = SqliteSetup.ConnectionString(databaseFile);

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(data);
        services.AddSingleton<TimeProvider>(clock);
        services.AddYunpanSqlite(databaseFile);
        services.AddScoped<DbContext>(sp => sp.GetRequiredService<YunpanDbContext>());
        services.AddStorage(configuration);
        services.AddPlans(configuration);
        services.AddScoped<IMemberDirectory, EveryMemberExists>();
        services.AddDrive(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public string Folder { get; }

    public FakeTimeProvider Clock { get; }

    public string BlobFolder => Path.Combine(Folder, "blobs");

    public string StagingFolder => Path.Combine(Folder, "tmp");

    /// <summary>A new drive in a new folder. The Standard plan's figures are small here so that tests use small files.</summary>
    public static Task<DriveHarness> StartAsync(long capacity = 1000, long maxUpload = 600, int maxVersions = 10) =>
        OpenAsync(NewFolder(), new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero)), capacity, maxUpload, maxVersions, ownsFolder: true);

    /// <summary>The same data and clock under a different plan configuration, as after an administrator changed it.</summary>
    public Task<DriveHarness> ReconfigureAsync(long capacity, long maxUpload = 600, int maxVersions = 10) =>
        OpenAsync(Folder, Clock, capacity, maxUpload, maxVersions, ownsFolder: false);

    private static async Task<DriveHarness> OpenAsync(string folder, FakeTimeProvider clock, long capacity, long maxUpload, int maxVersions, bool ownsFolder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Plans:DefaultPlan"] = PlanId,
            ["Plans:Catalog:0:Id"] = PlanId,
            ["Plans:Catalog:0:Name"] = "Standard",
            ["Plans:Catalog:0:Capacity"] = capacity.ToString(CultureInfo.InvariantCulture),
            ["Plans:Catalog:0:MaxUpload"] = maxUpload.ToString(CultureInfo.InvariantCulture),
            ["Plans:Catalog:0:MaxShared"] = "1000",
            ["Storage:CollectionGrace"] = "01:00:00",
            ["Storage:BufferSize"] = "4096",
            ["Drive:SimpleUploadLimit"] = "100000",
            ["Drive:MaxVersions"] = maxVersions.ToString(CultureInfo.InvariantCulture),
        };
        var harness = new DriveHarness(folder, clock, settings, ownsFolder);
        await harness.RunAsync(sp => SqliteSetup.PrepareAsync(sp.GetRequiredService<YunpanDbContext>(), CancellationToken.None));
        return harness;
    }

    private static string NewFolder() => Path.Combine(Path.GetTempPath(), "yunpan-drive-tests", Guid.NewGuid().ToString("N"));

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task RunAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = _services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public Task<T> Use<TService, T>(Func<TService, Task<T>> action) where TService : notnull =>
        RunAsync(sp => action(sp.GetRequiredService<TService>()));

    public Task<UploadResult> UploadAsync(Guid owner, string path, byte[] content, bool announceLength = true, bool autorename = false) =>
        UploadAsync(owner, path, new MemoryStream(content), announceLength ? content.Length : null, autorename);

    public Task<UploadResult> UploadAsync(Guid owner, string path, Stream body, long? length, bool autorename = false) =>
        Use<UploadFile, UploadResult>(u => u.ExecuteAsync(owner, DrivePath.Parse(path), body,
            new UploadRequest(length, CreateParents: true, autorename, IfMatch: null, IfNoneMatch: null), CancellationToken.None));

    public Task<NodeDto> MkdirAsync(Guid owner, string path) =>
        Use<CreateFolder, NodeDto>(c => c.ExecuteAsync(owner, new CreateFolderRequest(path, Parents: true), CancellationToken.None));

    public Task<NodeDto> MoveAsync(Guid owner, string from, string to) =>
        Use<MoveNode, NodeDto>(m => m.ExecuteAsync(owner, DrivePath.Parse(from), DrivePath.Parse(to), autorename: false, CancellationToken.None));

    public Task<NodeDto> CopyAsync(Guid owner, string from, string to) =>
        Use<CopyNode, NodeDto>(c => c.ExecuteAsync(owner, DrivePath.Parse(from), DrivePath.Parse(to), autorename: false, CancellationToken.None));

    /// <summary>Moves the node at <paramref name="path"/> to the trash and returns the id of its trash item.</summary>
    public async Task<Guid> DeleteAsync(Guid owner, string path)
    {
        var node = await NodeAsync(owner, path) ?? throw new InvalidOperationException($"Nothing at {path} to delete.");
        await RunAsync(sp => sp.GetRequiredService<DeleteNode>().ExecuteAsync(owner, DrivePath.Parse(path), null, CancellationToken.None));
        return await RunAsync(sp => sp.GetRequiredService<DbContext>().Set<TrashItem>()
            .Where(t => t.OwnerId == owner && t.NodeId == node.Id).Select(t => t.Id).SingleAsync());
    }

    public Task<RestoredItem> RestoreAsync(Guid owner, Guid item) =>
        Use<RestoreTrashItem, RestoredItem>(r => r.ExecuteAsync(owner, item, CancellationToken.None));

    public Task<int> EmptyTrashAsync(Guid owner) => Use<PurgeTrash, int>(p => p.AllAsync(owner, CancellationToken.None));

    public Task PurgeAsync(Guid owner, Guid item) =>
        RunAsync(sp => sp.GetRequiredService<PurgeTrash>().ItemAsync(owner, item, CancellationToken.None));

    public Task<TrashListing> TrashAsync(Guid owner) => Use<ListTrash, TrashListing>(l => l.ExecuteAsync(owner, null, null, CancellationToken.None));

    public Task<QuotaUsage> UsageAsync(Guid owner) => Use<QuotaMeter, QuotaUsage>(m => m.UsageAsync(owner, CancellationToken.None));

    public Task<int> CollectAsync() => Use<BlobCollector, int>(c => c.CollectAsync(CancellationToken.None));

    /// <summary>The live node at a path, or null.</summary>
    public Task<NodeDto?> NodeAsync(Guid owner, string path) =>
        RunAsync(async sp =>
        {
            var stored = DrivePath.Parse(path).Stored;
            var node = await sp.GetRequiredService<DbContext>().Set<Node>().AsNoTracking()
                .FirstOrDefaultAsync(n => n.OwnerId == owner && n.Path == stored && n.TrashItemId == null);
            return node?.ToDto();
        });

    /// <summary>Every live path of the member's drive but the root, folders with a trailing '/', in order.</summary>
    public Task<List<string>> TreeAsync(Guid owner) =>
        RunAsync(async sp =>
        {
            var nodes = await sp.GetRequiredService<DbContext>().Set<Node>().AsNoTracking()
                .Where(n => n.OwnerId == owner && n.TrashItemId == null && n.Path != "")
                .Select(n => new { n.Path, n.Kind })
                .ToListAsync();
            return nodes.Select(n => n.Kind == NodeKind.Folder ? n.Path + "/" : n.Path).Order(StringComparer.Ordinal).ToList();
        });

    /// <summary>Reference count of a blob in the storage catalog; null when the catalog has no row for it.</summary>
    public Task<long?> RefCountAsync(string hash) =>
        RunAsync(async sp => await sp.GetRequiredService<DbContext>().Database
            .SqlQuery<long?>($"SELECT \"RefCount\" AS \"Value\" FROM storage_blobs WHERE \"Hash\" = {hash}")
            .SingleOrDefaultAsync());

    public string[] BlobFiles() =>
        Directory.Exists(BlobFolder) ? Directory.GetFiles(BlobFolder, "*", SearchOption.AllDirectories) : [];

    public string[] StagingFiles() =>
        Directory.Exists(StagingFolder) ? Directory.GetFiles(StagingFolder, "*", SearchOption.AllDirectories) : [];

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        if (_ownsFolder && Directory.Exists(Folder))
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a temp folder left behind is not worth failing a test for.
            }
        }
    }
}
