using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;

namespace Yunpan.WebDav.Nextcloud;

/// <summary>
/// The bytes of a chunked upload (Nextcloud chunking, <c>/remote.php/dav/uploads/…</c>). Chunks that arrive in
/// order — the desktop client sends them one after another, named by byte offset (its "NG" chunking) or by number
/// (chunking v2) — are appended straight to one staging file, so assembly at the end copies nothing: the file is
/// hashed in one read and renamed into the blob store. Only a chunk that arrives early waits in a file of its own
/// and is appended when the gap before it closes.
/// </summary>
internal sealed class ChunkStaging(string root)
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>The folder of one upload: the member's id and the client's transfer id (a safe name, checked).</summary>
    public static string? FolderOf(string root, Guid ownerId, string transferId) =>
        transferId.Length is > 0 and <= 128 && transferId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && transferId.Trim('.').Length > 0
            ? Path.Combine(root, ownerId.ToString("N"), transferId)
            : null;

    public string Folder { get; } = root;

    private string Data => Path.Combine(Folder, "data");

    private string CountFile => Path.Combine(Folder, "count");

    private string FirstFile => Path.Combine(Folder, "first");

    private string Pending(string name) => Path.Combine(Folder, "pending-" + name);

    public bool Exists => Directory.Exists(Folder);

    public void Create()
    {
        Directory.CreateDirectory(Folder);
        using (File.Create(Data))
        {
        }

        File.WriteAllText(CountFile, "0");
    }

    public void Delete()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        Gates.TryRemove(Folder, out _);
    }

    /// <summary>How many uploads the member has open (their folders under the root).</summary>
    public static int OpenCount(string root, Guid ownerId)
    {
        var folder = Path.Combine(root, ownerId.ToString("N"));
        return Directory.Exists(folder) ? Directory.EnumerateDirectories(folder).Count() : 0;
    }

    /// <summary>Every open upload, whoever's, with when its bytes last changed.</summary>
    public static IEnumerable<(ChunkStaging Staging, DateTime LastWriteUtc)> All(string root) =>
        Directory.Exists(root)
            ? Directory.EnumerateDirectories(root).SelectMany(Directory.EnumerateDirectories)
                .Select(folder => new ChunkStaging(folder))
                .Select(staging => (staging, staging.LastWriteUtc))
            : [];

    private DateTime LastWriteUtc =>
        Directory.EnumerateFiles(Folder).Select(File.GetLastWriteTimeUtc).DefaultIfEmpty(Directory.GetLastWriteTimeUtc(Folder)).Max();

    public long Length => new FileInfo(Data).Length;

    /// <summary>Stores one chunk: appended in place when it is the next one, else kept until its turn.</summary>
    public async Task PutAsync(string name, Stream body, long limit, CancellationToken cancellationToken)
    {
        if (!long.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            throw new InvalidDataException("Chunk names are numbers.");
        }

        var gate = Gates.GetOrAdd(Folder, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var count = Count();
            if (count > 0 && number == First() && !IsNext(number, count))
            {
                // The first chunk again: the client started over (it found nothing to resume), so do we.
                Reset();
                count = 0;
            }

            if (count == 0 && number is 0 or 1)
            {
                await File.WriteAllTextAsync(FirstFile, number.ToString(CultureInfo.InvariantCulture), cancellationToken);
            }

            if (IsNext(number, count))
            {
                await AppendAsync(body, limit, cancellationToken);
                await DrainAsync(limit, cancellationToken);
            }
            else
            {
                await using var pending = new FileStream(Pending(name), FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
                await CopyLimitedAsync(body, pending, limit - Length, cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Appends whatever waited, in name order, and returns the staged file with its SHA-256 and length.</summary>
    public async Task<(string File, string Sha256, long Length)> FinishAsync(long limit, CancellationToken cancellationToken)
    {
        await DrainAsync(limit, cancellationToken);
        foreach (var leftover in Directory.GetFiles(Folder, "pending-*").OrderBy(f => long.Parse(Path.GetFileName(f)["pending-".Length..], CultureInfo.InvariantCulture)))
        {
            await using (var source = File.OpenRead(leftover))
            {
                await AppendAsync(source, limit, cancellationToken);
            }

            File.Delete(leftover);
        }

        await using var data = new FileStream(Data, FileMode.Open, FileAccess.Read, FileShare.Read, 1024 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(data, cancellationToken));
        return (Data, hash, data.Length);
    }

    private async Task DrainAsync(long limit, CancellationToken cancellationToken)
    {
        while (true)
        {
            var count = Count();
            var next = Directory.GetFiles(Folder, "pending-*")
                .FirstOrDefault(f => long.TryParse(Path.GetFileName(f)["pending-".Length..], CultureInfo.InvariantCulture, out var n) && IsNext(n, count));
            if (next is null)
            {
                return;
            }

            await using (var source = File.OpenRead(next))
            {
                await AppendAsync(source, limit, cancellationToken);
            }

            File.Delete(next);
        }
    }

    /// <summary>
    /// Whether a chunk continues the file: chunks named by byte offset when the name is the length so far, numbered
    /// chunks (from 0 in the 3.x client's chunking, from 1 in chunking v2 — the first chunk tells) when the name is
    /// the first number plus the count so far.
    /// </summary>
    private bool IsNext(long number, int count) => count == 0 ? number is 0 or 1 : number == Length || number == First() + count;

    private long First() => File.Exists(FirstFile) && long.TryParse(File.ReadAllText(FirstFile), CultureInfo.InvariantCulture, out var n) ? n : 0;

    private async Task AppendAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        await using (var data = new FileStream(Data, FileMode.Append, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
        {
            var before = data.Length;
            try
            {
                await CopyLimitedAsync(body, data, limit - before, cancellationToken);
                await data.FlushAsync(cancellationToken);
            }
            catch
            {
                // A broken chunk leaves nothing half-appended: the client sends it again.
                data.SetLength(before);
                throw;
            }
        }

        await File.WriteAllTextAsync(CountFile, (Count() + 1).ToString(CultureInfo.InvariantCulture), cancellationToken);
    }

    private int Count() => File.Exists(CountFile) && int.TryParse(File.ReadAllText(CountFile), CultureInfo.InvariantCulture, out var n) ? n : 0;

    private void Reset()
    {
        foreach (var file in Directory.GetFiles(Folder, "pending-*"))
        {
            File.Delete(file);
        }

        using (File.Create(Data))
        {
        }

        File.WriteAllText(CountFile, "0");
    }

    private static async Task CopyLimitedAsync(Stream source, Stream destination, long room, CancellationToken cancellationToken)
    {
        var buffer = new byte[256 * 1024];
        long written = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            written += read;
            if (written > room)
            {
                throw new ChunkLimitException();
            }

            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }
}

/// <summary>The chunks add up to more than the member's plan accepts for one file.</summary>
internal sealed class ChunkLimitException : Exception;
