using System.Collections.Concurrent;
using System.Security.Cryptography;
using Yunpan.Core.Hosting;

namespace Yunpan.Drive.Uploads;

/// <summary>
/// The staging files of resumable uploads (<c>data/uploads</c>, on the blob store's volume so that completion is a
/// rename) and what this process knows about them: one writer at a time per upload, and the running SHA-256 of the
/// bytes it has appended since the start, so completion needs no second read on the happy path.
/// </summary>
internal sealed class UploadStaging(DataDirectory data)
{
    private readonly string _folder = data.Folder("uploads");
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _locks = new();
    private readonly ConcurrentDictionary<Guid, RunningHash> _hashes = new();

    public string PathOf(Guid id) => Path.Combine(_folder, id.ToString("N"));

    /// <summary>Serializes appends to one upload in this process.</summary>
    public async Task<IDisposable> LockAsync(Guid id, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    /// <summary>The running hash when it covers exactly the first <paramref name="offset"/> bytes; otherwise none.</summary>
    public RunningHash? HashAt(Guid id, long offset)
    {
        if (offset == 0)
        {
            return _hashes.AddOrUpdate(id, _ => new RunningHash(), (_, old) => { old.Dispose(); return new RunningHash(); });
        }

        return _hashes.TryGetValue(id, out var hash) && hash.Covered == offset ? hash : null;
    }

    /// <summary>Takes the running hash out when it covers exactly <paramref name="length"/> bytes; otherwise none.</summary>
    public RunningHash? TakeHash(Guid id, long length)
    {
        if (!_hashes.TryRemove(id, out var hash))
        {
            return null;
        }

        if (hash.Covered == length)
        {
            return hash;
        }

        hash.Dispose();
        return null;
    }

    /// <summary>Gives a running hash to another upload (a final upload takes its first part's).</summary>
    public void AdoptHash(Guid id, RunningHash hash) =>
        _hashes.AddOrUpdate(id, hash, (_, old) => { old.Dispose(); return hash; });

    /// <summary>Drops the running hash only; the upload's lock stays, since the caller may be holding it.</summary>
    public void ForgetHash(Guid id)
    {
        if (_hashes.TryRemove(id, out var hash))
        {
            hash.Dispose();
        }
    }

    /// <summary>The upload is finished or gone: drops its running hash and its lock.</summary>
    public void Forget(Guid id)
    {
        ForgetHash(id);
        _locks.TryRemove(id, out _);
    }

    public void Delete(Guid id)
    {
        Forget(id);
        File.Delete(PathOf(id));
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}

/// <summary>SHA-256 of an upload's first <see cref="Covered"/> bytes.</summary>
internal sealed class RunningHash : IDisposable
{
    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public long Covered { get; private set; }

    public void Append(ReadOnlySpan<byte> bytes)
    {
        _sha.AppendData(bytes);
        Covered += bytes.Length;
    }

    public string Finish() => Convert.ToHexStringLower(_sha.GetHashAndReset());

    public void Dispose() => _sha.Dispose();
}
