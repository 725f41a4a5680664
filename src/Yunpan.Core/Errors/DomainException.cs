namespace Yunpan.Core.Errors;

/// <summary>
/// A refusal the member can act on: carries the stable error code and HTTP status that the problem+json mapper emits.
/// Thrown by use cases; never for bugs.
/// </summary>
public class DomainException : Exception
{
    public DomainException(string code, int status, string message, IReadOnlyDictionary<string, object?>? details = null)
        : base(message)
    {
        Code = code;
        Status = status;
        Details = details ?? new Dictionary<string, object?>();
    }

    public string Code { get; }

    public int Status { get; }

    /// <summary>Extra members added to the problem document (e.g. the quota that was exceeded).</summary>
    public IReadOnlyDictionary<string, object?> Details { get; }

    /// <summary>Response headers that belong to the refusal (<c>WWW-Authenticate</c>, <c>Retry-After</c> …).</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
