using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Yunpan.WebDav.Persistence;

namespace Yunpan.WebDav.Properties;

/// <summary>Stored (dead) properties of drive nodes: read in batches for a listing, changed all-or-nothing by PROPPATCH.</summary>
internal sealed class DeadProperties(DbContext db)
{
    private DbSet<DeadProperty> Rows => db.Set<DeadProperty>();

    /// <summary>Whether the member has stored any property at all: most never do, and their listings then skip the
    /// query per batch.</summary>
    public Task<bool> AnyAsync(Guid ownerId, CancellationToken cancellationToken) =>
        Rows.AnyAsync(p => p.OwnerId == ownerId, cancellationToken);

    /// <summary>The properties of a batch of nodes, in one query.</summary>
    public async Task<ILookup<Guid, DeadProperty>> ForAsync(Guid ownerId, IReadOnlyCollection<Guid> nodeIds, CancellationToken cancellationToken)
    {
        if (nodeIds.Count == 0)
        {
            return Array.Empty<DeadProperty>().ToLookup(p => p.NodeId);
        }

        var rows = await Rows.AsNoTracking().Where(p => p.OwnerId == ownerId && nodeIds.Contains(p.NodeId)).ToListAsync(cancellationToken);
        return rows.ToLookup(p => p.NodeId);
    }

    public async Task SetAsync(Guid ownerId, Guid nodeId, XElement property, CancellationToken cancellationToken)
    {
        var ns = property.Name.NamespaceName;
        var name = property.Name.LocalName;
        var xml = property.ToString(SaveOptions.DisableFormatting | SaveOptions.OmitDuplicateNamespaces);
        var existing = await Rows.FirstOrDefaultAsync(p => p.OwnerId == ownerId && p.NodeId == nodeId && p.Namespace == ns && p.Name == name, cancellationToken);
        if (existing is null)
        {
            Rows.Add(new DeadProperty { Id = Guid.CreateVersion7(), OwnerId = ownerId, NodeId = nodeId, Namespace = ns, Name = name, Xml = xml });
        }
        else
        {
            existing.Xml = xml;
        }
    }

    public async Task RemoveAsync(Guid ownerId, Guid nodeId, XName property, CancellationToken cancellationToken)
    {
        var ns = property.NamespaceName;
        var name = property.LocalName;
        var existing = await Rows.FirstOrDefaultAsync(p => p.OwnerId == ownerId && p.NodeId == nodeId && p.Namespace == ns && p.Name == name, cancellationToken);
        if (existing is not null)
        {
            Rows.Remove(existing);
        }
    }

    /// <summary>Gives a copy the properties of its original.</summary>
    public async Task CopyAsync(Guid ownerId, Guid fromNode, Guid toNode, CancellationToken cancellationToken)
    {
        var source = await Rows.AsNoTracking().Where(p => p.OwnerId == ownerId && p.NodeId == fromNode).ToListAsync(cancellationToken);
        foreach (var p in source)
        {
            Rows.Add(new DeadProperty { Id = Guid.CreateVersion7(), OwnerId = ownerId, NodeId = toNode, Namespace = p.Namespace, Name = p.Name, Xml = p.Xml });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
