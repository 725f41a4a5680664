namespace Yunpan.Desk.Phrases;

/// <summary>The greeting and closing that fit a moment ("早上好" / "祝您周末愉快！").</summary>
internal sealed record Salutation(string Greeting, string Closing);
