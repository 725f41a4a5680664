namespace Yunpan.Web.Components.Drive;

/// <summary>What can be done to one drive item from its menu; the drive page carries each out.</summary>
public enum NodeAction
{
    Open,
    Download,
    Share,
    Express,
    Rename,
    Move,
    Copy,
    Delete,
}
