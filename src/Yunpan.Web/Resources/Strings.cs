namespace Yunpan.Web.Resources;

/// <summary>The marker type of the UI texts: Strings.resx (English) and Strings.zh-Hans.resx (Simplified Chinese).</summary>
public sealed class Strings;
