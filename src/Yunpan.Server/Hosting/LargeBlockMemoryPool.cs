using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Connections;

namespace Yunpan.Server.Hosting;

/// <summary>
/// Kestrel's own pool hands out 4 KiB blocks, and a socket receive fills at most one block: a 1 GiB upload costs a
/// quarter of a million receive calls, each with its pipe round trip, and that — not hashing or the disk — was the
/// larger part of an upload's CPU time. With 64 KiB blocks a receive takes up to sixteen times as much. Memory stays
/// bounded: a connection still buffers at most Kestrel's <c>MaxRequestBufferSize</c>, and the pool keeps at most
/// <see cref="MaxRetained"/> free blocks, leaving the rest to the collector.
/// </summary>
internal sealed class LargeBlockMemoryPoolFactory : IMemoryPoolFactory<byte>
{
    public MemoryPool<byte> Create(MemoryPoolOptions? options = null) => new LargeBlockMemoryPool();
}

internal sealed class LargeBlockMemoryPool : MemoryPool<byte>
{
    public const int BlockSize = 64 * 1024;

    /// <summary>4 MiB of free blocks at most: enough for a few busy transfers to recycle without allocating.</summary>
    public const int MaxRetained = 64;

    private readonly ConcurrentQueue<Block> _free = new();

    public override int MaxBufferSize => BlockSize;

    public override IMemoryOwner<byte> Rent(int minBufferSize = -1)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minBufferSize, BlockSize);
        return _free.TryDequeue(out var block) ? block : new Block(this);
    }

    protected override void Dispose(bool disposing) => _free.Clear();

    private void Return(Block block)
    {
        if (_free.Count < MaxRetained)
        {
            _free.Enqueue(block);
        }
    }

    /// <summary>A pinned array, so the socket layer need not pin it for every receive.</summary>
    private sealed class Block(LargeBlockMemoryPool pool) : IMemoryOwner<byte>
    {
        public Memory<byte> Memory { get; } = MemoryMarshal.CreateFromPinnedArray(GC.AllocateUninitializedArray<byte>(BlockSize, pinned: true), 0, BlockSize);

        public void Dispose() => pool.Return(this);
    }
}
