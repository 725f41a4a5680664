namespace Yunpan.Plans.Rewards;

internal static class PointReasons
{
    public const string SignIn = "sign-in";
    public const string Redemption = "redemption";
}
