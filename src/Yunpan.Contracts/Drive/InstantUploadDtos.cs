using System.Text.Json.Serialization;

namespace Yunpan.Contracts.Drive;

/// <summary>
/// Asks to add content the server may already hold (instant upload, D-4) at <see cref="Path"/>, without sending it.
/// <see cref="Sha256"/> is the hex SHA-256 of the whole file (either case).
/// </summary>
public sealed record StartInstantUploadRequest(
    [property: JsonRequired] string Path,
    [property: JsonRequired] long Size,
    [property: JsonRequired] string Sha256,
    bool Parents = false,
    bool Autorename = false);

/// <summary>One byte range the client must read from its copy of the file.</summary>
public sealed record ChallengeRange(long Offset, long Length);

/// <summary>
/// The proof the server asks for. The answer is the lower- or upper-case hex SHA-256 of the bytes of
/// <see cref="Nonce"/> (hex-decoded) followed by the bytes of every range, in the order given; an empty file has no
/// ranges. Valid until <see cref="ExpiresAt"/>, and for one answer only.
/// </summary>
public sealed record InstantUploadChallenge(Guid Id, string Nonce, IReadOnlyList<ChallengeRange> Ranges, DateTimeOffset ExpiresAt);

public sealed record AnswerChallengeRequest([property: JsonRequired] string Answer);
