using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Yunpan.Drive.Persistence;

namespace Yunpan.Drive.Tree;

/// <summary>
/// Gives every ancestor folder a new <see cref="Node.TreeTag"/> when a node is added, changed, moved or trashed, in
/// one place for every use case (upload, move, copy, delete, restore, versions). Subtree rewrites done with
/// ExecuteUpdate always go with a tracked change of the subtree's top node, so its ancestors are covered too; for a
/// move both the old and the new ancestors change.
/// </summary>
internal sealed class FolderTagInterceptor : SaveChangesInterceptor
{
    private const int Chunk = 400;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            await TagAncestorsAsync(db, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db)
        {
            TagAncestorsAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    private static async Task TagAncestorsAsync(DbContext db, CancellationToken cancellationToken)
    {
        var byOwner = new Dictionary<Guid, HashSet<string>>();
        foreach (var entry in db.ChangeTracker.Entries<Node>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.State == EntityState.Modified && OnlyTagChanged(entry))
            {
                continue;
            }

            var owner = entry.Entity.OwnerId;
            if (!byOwner.TryGetValue(owner, out var paths))
            {
                byOwner[owner] = paths = new HashSet<string>(StringComparer.Ordinal);
            }

            AddAncestors(paths, entry.Entity.Path);
            if (entry.State == EntityState.Modified)
            {
                AddAncestors(paths, entry.Property(n => n.Path).OriginalValue);
            }
        }

        foreach (var (owner, paths) in byOwner)
        {
            foreach (var chunk in paths.Chunk(Chunk))
            {
                var tag = Guid.NewGuid();
                await db.Set<Node>()
                    .Where(n => n.OwnerId == owner && n.TrashItemId == null && n.Kind == NodeKind.Folder && chunk.Contains(n.Path))
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.TreeTag, tag), cancellationToken);
            }
        }
    }

    private static bool OnlyTagChanged(EntityEntry<Node> entry) =>
        entry.Properties.Where(p => p.IsModified).All(p => p.Metadata.Name == nameof(Node.TreeTag));

    /// <summary>"" (the root) and every "/a", "/a/b" above <paramref name="path"/>, not the path itself.</summary>
    private static void AddAncestors(HashSet<string> paths, string path)
    {
        if (path.Length == 0)
        {
            return;
        }

        paths.Add(string.Empty);
        for (var i = path.IndexOf('/', 1); i > 0; i = path.IndexOf('/', i + 1))
        {
            paths.Add(path[..i]);
        }
    }
}
