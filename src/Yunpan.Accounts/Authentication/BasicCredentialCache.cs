using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using Yunpan.Core.Security;

namespace Yunpan.Accounts.Authentication;

/// <summary>
/// Recently verified Basic passwords, by an HMAC of login and password under a per-process random key, so that a DAV
/// client's every request does not pay for a password hash. A member's entries go at once when their password
/// changes (<see cref="Forget"/>); otherwise after <see cref="Lifetime"/>.
/// </summary>
internal sealed class BasicCredentialCache(IMemoryCache memory)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _generations = new();

    public string KeyOf(BasicCredentials basic) =>
        "basic:" + Convert.ToHexString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(basic.Login + "\0" + basic.Password)));

    public bool TryGet(string key, out ClaimsIdentity identity)
    {
        var found = memory.TryGetValue(key, out ClaimsIdentity? value);
        identity = value!;
        return found && value is not null;
    }

    public void Remember(string key, Guid memberId, ClaimsIdentity identity)
    {
        var generation = _generations.GetOrAdd(memberId, _ => new CancellationTokenSource());
        var options = new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime };
        options.ExpirationTokens.Add(new CancellationChangeToken(generation.Token));
        memory.Set(key, identity, options);
    }

    /// <summary>Drops every remembered password of the member (after a password change).</summary>
    public void Forget(Guid memberId)
    {
        if (_generations.TryRemove(memberId, out var generation))
        {
            generation.Cancel();
            generation.Dispose();
        }
    }
}
