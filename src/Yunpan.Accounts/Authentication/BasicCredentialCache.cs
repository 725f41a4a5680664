using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Yunpan.Core.Security;

namespace Yunpan.Accounts.Authentication;

/// <summary>Recently verified Basic passwords, by an HMAC of login and password under a per-process random key.</summary>
internal sealed class BasicCredentialCache(IMemoryCache memory)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public string KeyOf(BasicCredentials basic) =>
        "basic:" + Convert.ToHexString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(basic.Login + "\0" + basic.Password)));

    public bool TryGet(string key, out ClaimsIdentity identity)
    {
        var found = memory.TryGetValue(key, out ClaimsIdentity? value);
        identity = value!;
        return found && value is not null;
    }

    public void Remember(string key, ClaimsIdentity identity) => memory.Set(key, identity, Lifetime);
}
