namespace Yunpan.Desk;

/// <summary>Configuration section <c>Desk</c>: the service desk's rules (SPEC K-*); every figure is configurable.</summary>
public sealed class DeskOptions
{
    public const string Section = "Desk";
}
