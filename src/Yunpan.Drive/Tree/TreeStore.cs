using Microsoft.EntityFrameworkCore;
using Yunpan.Core.Naming;
using Yunpan.Drive.Persistence;

// Inside LINQ queries string.Compare and Substring are translated to SQL, where the database compares bytes;
// the ordinal and span overloads the analyzers suggest have no translation.
#pragma warning disable CA1309, CA1845

namespace Yunpan.Drive.Tree;

/// <summary>Lookups and structural changes shared by the use cases: resolving paths, creating parents, free names
/// and rewriting the paths of a subtree.</summary>
internal sealed class TreeStore(DbContext db, TimeProvider clock)
{
    public DbSet<Node> Nodes => db.Set<Node>();

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The member's root folder, created on first use.</summary>
    public async Task<Node> RootAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        var root = await Nodes.FirstOrDefaultAsync(n => n.OwnerId == ownerId && n.Path == "" && n.TrashItemId == null, cancellationToken);
        if (root is not null)
        {
            return root;
        }

        root = new Node
        {
            Id = Guid.CreateVersion7(Now),
            OwnerId = ownerId,
            Name = string.Empty,
            NameKey = string.Empty,
            Path = string.Empty,
            Kind = NodeKind.Folder,
            CreatedAt = Now,
            ModifiedAt = Now,
        };
        Nodes.Add(root);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return root;
        }
        catch (DbUpdateException)
        {
            // Two first requests of a new member raced; the other one created it.
            db.Entry(root).State = EntityState.Detached;
            return await Nodes.FirstAsync(n => n.OwnerId == ownerId && n.Path == "" && n.TrashItemId == null, cancellationToken);
        }
    }

    public async Task<Node?> FindAsync(Guid ownerId, DrivePath path, CancellationToken cancellationToken) =>
        path.IsRoot
            ? await RootAsync(ownerId, cancellationToken)
            : await LiveAt(db, ownerId, path.Stored, cancellationToken);

    public async Task<Node> RequireAsync(Guid ownerId, DrivePath path, CancellationToken cancellationToken) =>
        await FindAsync(ownerId, path, cancellationToken) ?? throw DriveErrors.NotFound(path);

    public async Task<Node> RequireFileAsync(Guid ownerId, DrivePath path, CancellationToken cancellationToken)
    {
        var node = await RequireAsync(ownerId, path, cancellationToken);
        return node.IsFolder ? throw DriveErrors.NotAFile(path) : node;
    }

    /// <summary>The folder that is to receive a new child; its absence is a conflict, not a 404 of the request.</summary>
    public async Task<Node> RequireParentAsync(Guid ownerId, DrivePath parent, CancellationToken cancellationToken)
    {
        var node = await FindAsync(ownerId, parent, cancellationToken) ?? throw DriveErrors.ParentNotFound(parent);
        return node.IsFolder ? node : throw DriveErrors.NotAFolder(parent);
    }

    /// <summary>
    /// The folder an entry at <paramref name="path"/> goes in (refused like <see cref="RequireParentAsync"/>) and the
    /// live node at the path, if any: both from one query, since every upload asks for the two together.
    /// </summary>
    public async Task<(Node Parent, Node? Existing)> RequireParentAndFindAsync(Guid ownerId, DrivePath path, CancellationToken cancellationToken)
    {
        Node? parent = null, existing = null;
        await foreach (var node in LiveAtEither(db, ownerId, path.Parent.Stored, path.Stored).WithCancellation(cancellationToken))
        {
            if (node.Path == path.Stored)
            {
                existing = node;
            }
            else
            {
                parent = node;
            }
        }

        parent ??= path.Parent.IsRoot ? await RootAsync(ownerId, cancellationToken) : throw DriveErrors.ParentNotFound(path.Parent);
        return parent.IsFolder ? (parent, existing) : throw DriveErrors.NotAFolder(path.Parent);
    }

    // Compiled once: every request that names a path runs these, and EF's per-call work to recognise a LINQ query
    // (walking the expression, extracting parameters, looking up its cache) cost more CPU than SQLite's lookup.
    private static readonly Func<DbContext, Guid, string, CancellationToken, Task<Node?>> LiveAt = EF.CompileAsyncQuery(
        (DbContext db, Guid ownerId, string path, CancellationToken _) =>
            db.Set<Node>().FirstOrDefault(n => n.OwnerId == ownerId && n.Path == path && n.TrashItemId == null));

    private static readonly Func<DbContext, Guid, string, string, IAsyncEnumerable<Node>> LiveAtEither = EF.CompileAsyncQuery(
        (DbContext db, Guid ownerId, string first, string second) =>
            db.Set<Node>().Where(n => n.OwnerId == ownerId && n.TrashItemId == null && (n.Path == first || n.Path == second)));

    /// <summary>
    /// Creates the missing folders of <paramref name="path"/> (mkdir -p) and returns the last one. A file in the way
    /// is a conflict, unless <paramref name="renameBlocked"/> asks for a free name instead (used by trash restore).
    /// </summary>
    public async Task<Node> EnsureFoldersAsync(Guid ownerId, DrivePath path, bool renameBlocked, CancellationToken cancellationToken)
    {
        var current = await RootAsync(ownerId, cancellationToken);
        var walked = DrivePath.Root;
        foreach (var segment in path.Segments)
        {
            var name = segment;
            var next = await ChildAsync(current, name, cancellationToken);
            if (next is { IsFolder: false })
            {
                if (!renameBlocked)
                {
                    throw DriveErrors.NotAFolder(walked.Child(name));
                }

                name = await FreeNameAsync(current, name, isFolder: true, cancellationToken);
                next = null;
            }

            if (next is null)
            {
                next = NewNode(current, name, NodeKind.Folder);
                Nodes.Add(next);
                await db.SaveChangesAsync(cancellationToken);
            }

            current = next;
            walked = walked.Child(name);
        }

        return current;
    }

    public Task<Node?> ChildAsync(Node parent, string name, CancellationToken cancellationToken) =>
        Nodes.FirstOrDefaultAsync(n => n.OwnerId == parent.OwnerId && n.Path == ChildPath(parent, name) && n.TrashItemId == null, cancellationToken);

    /// <summary>A name not used by a live child of <paramref name="parent"/>: <paramref name="name"/> or "name (n)".</summary>
    public async Task<string> FreeNameAsync(Node parent, string name, bool isFolder, CancellationToken cancellationToken)
    {
        var exact = ChildPath(parent, name);
        var from = ChildPath(parent, ConflictNames.Stem(name, isFolder)) + " (";
        var to = ChildPath(parent, ConflictNames.Stem(name, isFolder)) + " )"; // ')' follows '(': the range holds "stem (…"
        var taken = (await Nodes
                .Where(n => n.OwnerId == parent.OwnerId && n.TrashItemId == null
                            && (n.Path == exact || (string.Compare(n.Path, from) >= 0 && string.Compare(n.Path, to) < 0)))
                .Select(n => n.Name)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        return taken.Contains(name) ? ConflictNames.Next(name, isFolder, taken.Contains) : name;
    }

    public Node NewNode(Node parent, string name, NodeKind kind) => new()
    {
        Id = Guid.CreateVersion7(Now),
        OwnerId = parent.OwnerId,
        ParentId = parent.Id,
        Name = name,
        NameKey = NodeName.Key(name),
        Path = ChildPath(parent, name),
        Kind = kind,
        CreatedAt = Now,
        ModifiedAt = Now,
        TreeTag = kind == NodeKind.Folder ? Guid.NewGuid() : null,
    };

    public static string ChildPath(Node parent, string name) => parent.Path + "/" + name;

    /// <summary>Nodes strictly below the folder stored at <paramref name="path"/>, in the given trash state.</summary>
    public IQueryable<Node> Below(Guid ownerId, string path, Guid? trashItemId)
    {
        var from = path + "/";
        var to = path + "0"; // '0' follows '/', so [from, to) holds exactly the paths that start with from
        return Nodes.Where(n => n.OwnerId == ownerId && n.TrashItemId == trashItemId
                                && string.Compare(n.Path, from) > 0 && string.Compare(n.Path, to) < 0);
    }

    /// <summary>Rewrites the path prefix of everything below a folder that moved, in one statement.</summary>
    public Task<int> RepathBelowAsync(Guid ownerId, string oldPath, string newPath, Guid? trashItemId, Guid? newTrashItemId, CancellationToken cancellationToken)
    {
        // SQL's substring counts characters (code points) where .NET counts UTF-16 units: a name with a character
        // outside the BMP (𠀀, emoji) is longer in .NET, and cutting by Length would eat into the names below.
        var cut = oldPath.EnumerateRunes().Count();
        return Below(ownerId, oldPath, trashItemId).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.Path, n => newPath + n.Path.Substring(cut))
            .SetProperty(n => n.TrashItemId, newTrashItemId), cancellationToken);
    }
}
