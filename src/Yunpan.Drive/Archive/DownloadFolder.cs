using System.IO.Compression;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Plans;
using Yunpan.Core.Naming;
using Yunpan.Drive.Persistence;
using Yunpan.Drive.Tree;
using Yunpan.Plans.Catalog;
using Yunpan.Plans.Entitlements;
using Yunpan.Storage.Blobs;

// Inside LINQ queries string.Compare is translated to SQL, where the database compares bytes; the ordinal overload
// the analyzers suggest has no translation.
#pragma warning disable CA1309

namespace Yunpan.Drive.Archive;

/// <summary>
/// Folder download (SPEC D-5): a zip of everything live below a folder, streamed as it is read. VIP plans only: the
/// member's plan must carry the <see cref="Capability"/> flag.
/// </summary>
/// <remarks>
/// <para><b>Streaming.</b> Nothing is staged: the subtree is read in path order a batch at a time (parents before
/// children), each file is copied from its blob straight into the response, and ZipArchive writes to a non-seekable
/// stream, so every entry carries a data descriptor instead of sizes patched into its header. Memory does not depend
/// on file sizes. It does grow with the number of entries, by roughly 0.4 KB each: ZipArchive keeps every entry's
/// record for the central directory it writes at the end (measured: 70 000 entries ≈ 27 MB).</para>
/// <para><b>No compression.</b> Entries are stored (<see cref="CompressionLevel.NoCompression"/>): what people keep
/// in a drive is mostly photos, video, audio and archives, which deflate cannot shrink, and even
/// <see cref="CompressionLevel.Fastest"/> costs a CPU core per download at a few hundred MB/s, below the speed of a
/// disk or a fast network. Stored entries go out as fast as the blobs can be read.</para>
/// <para><b>ZIP64.</b> ZipArchive switches to ZIP64 records on its own when they are needed: an entry of more than
/// 4 GiB gets 64-bit sizes in its data descriptor and a ZIP64 extra field in the central directory, a local header
/// beyond 4 GiB a ZIP64 offset, and more than 65 535 entries or a central directory beyond 4 GiB a ZIP64 end of
/// central directory. Checked with this runtime (10.0) writing through <see cref="DeferredWriteStream"/> to a
/// non-seekable stream: an archive with a 4 500 000 000-byte entry followed by another file (so that the second
/// local header lies beyond 4 GiB), and one of 70 000 entries, both listed and verified by Info-ZIP
/// <c>unzip -t</c> and Python's zipfile. A 4 GiB entry is too slow for the test suite, so the tests do not repeat
/// it.</para>
/// <para><b>Consistency.</b> No snapshot is taken (a read transaction held for a long download would stall the
/// database's checkpoints): a folder changed while it downloads gives what each batch saw. A blob that disappears
/// meanwhile fails the download instead of producing an archive that looks whole.</para>
/// </remarks>
internal sealed class DownloadFolder(TreeStore tree, IEntitlements entitlements, PlanCatalog catalog, IBlobStore store)
{
    /// <summary>The plan capability flag that allows folder downloads.</summary>
    public const string Capability = PlanCapabilities.FolderDownload;

    /// <summary>The archive name of the whole drive.</summary>
    public const string RootFileName = "Yunpan.zip";

    private const int Batch = 500;
    private const int CopyBufferSize = 128 * 1024;

    // The DOS date-time of a zip entry covers 1980-01-01 to 2107-12-31.
    private static readonly DateTime EarliestZipTime = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime LatestZipTime = new(2107, 12, 31, 23, 59, 58, DateTimeKind.Unspecified);

    /// <summary>Everything that can refuse the download, checked before the first byte so that it is problem+json.</summary>
    public async Task<FolderArchive> OpenAsync(Guid ownerId, DrivePath path, CancellationToken cancellationToken)
    {
        var plan = await entitlements.ForMemberAsync(ownerId, cancellationToken);
        if (!plan.Has(Capability))
        {
            var allowing = catalog.All
                .Where(p => p.Capabilities.Contains(Capability, StringComparer.Ordinal))
                .Select(p => p.Name)
                .ToList();
            throw DriveErrors.FolderDownloadNotInPlan(plan, allowing);
        }

        var folder = await tree.RequireAsync(ownerId, path, cancellationToken);
        if (!folder.IsFolder)
        {
            throw DriveErrors.NotAFolder(path);
        }

        return Open(ownerId, folder.Path, folder.Name);
    }

    /// <summary>The archive of a folder known to exist, without the plan check (links decide by their own rules, S-7).</summary>
    public static FolderArchive Open(Guid ownerId, string storedPath, string name) =>
        new(ownerId, storedPath, storedPath.Length == 0 ? RootFileName : name + ".zip");

    /// <summary>Writes the archive to <paramref name="destination"/> (the response body) and flushes it.</summary>
    public async Task WriteAsync(FolderArchive archive, Stream destination, CancellationToken cancellationToken)
    {
        var sink = new DeferredWriteStream(destination);
        var zip = await ZipArchive.CreateAsync(sink, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        try
        {
            await foreach (var node in WalkAsync(archive, cancellationToken))
            {
                await AddAsync(zip, archive, node, cancellationToken);
                await sink.DrainAsync(cancellationToken);
            }

            await zip.DisposeAsync(); // writes the central directory
            await sink.FlushAsync(cancellationToken);
        }
        catch
        {
            // Disposing an archive finishes it; whatever it writes now must not reach the client, who is to see a
            // broken transfer rather than a valid zip with a truncated file.
            sink.Abandon();
            zip.Dispose();
            throw;
        }
    }

    private async Task AddAsync(ZipArchive zip, FolderArchive archive, ArchiveNode node, CancellationToken cancellationToken)
    {
        // Stored paths start with '/' below the folder's own path; names cannot hold '/' or '\', so the relative
        // path is the entry name as it is. UTF-8 names are flagged as such by ZipArchive.
        var relative = node.Path[(archive.FolderPath.Length + 1)..];
        var entry = zip.CreateEntry(node.Kind == NodeKind.Folder ? relative + "/" : relative, CompressionLevel.NoCompression);
        entry.LastWriteTime = ZipTime(node.ModifiedAt);
        if (node.Kind == NodeKind.Folder || node.Size == 0 || node.BlobHash is null)
        {
            return; // a header only; ZipArchive writes it when the next entry starts or the archive ends
        }

        await using var source = store.OpenRead(node.BlobHash);
        await using var target = await entry.OpenAsync(cancellationToken);
        await source.CopyToAsync(target, CopyBufferSize, cancellationToken);
    }

    /// <summary>
    /// Zip times have no time zone; like zip tools, the archive carries local time (the server's), clamped to the
    /// range a DOS date can hold.
    /// </summary>
    private static DateTimeOffset ZipTime(DateTimeOffset modifiedAt)
    {
        // A day's margin keeps the local time of the extremes inside the range too.
        if (modifiedAt.UtcDateTime < EarliestZipTime.AddDays(1))
        {
            return new DateTimeOffset(EarliestZipTime, TimeSpan.Zero);
        }

        return modifiedAt.UtcDateTime > LatestZipTime.AddDays(-1)
            ? new DateTimeOffset(LatestZipTime, TimeSpan.Zero)
            : modifiedAt.ToLocalTime();
    }

    /// <summary>The live nodes below the folder in path order, a batch at a time (keyset on Path).</summary>
    private async IAsyncEnumerable<ArchiveNode> WalkAsync(FolderArchive archive, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = string.Empty;
        while (true)
        {
            var batch = await tree.Below(archive.OwnerId, archive.FolderPath, null).AsNoTracking()
                .Where(n => string.Compare(n.Path, after) > 0)
                .OrderBy(n => n.Path)
                .Select(n => new ArchiveNode(n.Path, n.Kind, n.Size, n.BlobHash, n.ModifiedAt))
                .Take(Batch)
                .ToListAsync(cancellationToken);
            foreach (var node in batch)
            {
                yield return node;
            }

            if (batch.Count < Batch)
            {
                yield break;
            }

            after = batch[^1].Path;
        }
    }

    private sealed record ArchiveNode(string Path, NodeKind Kind, long Size, string? BlobHash, DateTimeOffset ModifiedAt);
}
