using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Yunpan.Core.Hosting;

namespace Yunpan.Drive.Instant;

/// <summary>
/// The server secret the challenge ranges are derived from: <see cref="DriveOptions.InstantUploadSecret"/> when
/// configured, otherwise 32 random bytes created on first use in <c>keys/instant-upload.key</c> of the data directory
/// (mode 600). Loaded once; never logged.
/// </summary>
internal sealed class InstantUploadKey(DataDirectory data, IOptions<DriveOptions> options)
{
    public const int MinimumLength = 32;
    public const string FileName = "instant-upload.key";

    private readonly Lazy<byte[]> _secret = new(() => Load(data, options.Value.InstantUploadSecret));

    public ReadOnlySpan<byte> Secret => _secret.Value;

    private static byte[] Load(DataDirectory data, string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var secret = new byte[configured.Length];
            if (!Convert.TryFromBase64String(configured.Trim(), secret, out var length) || length < MinimumLength)
            {
                throw new InvalidOperationException($"Drive:InstantUploadSecret must be the base64 of at least {MinimumLength} random bytes.");
            }

            return secret[..length];
        }

        var folder = data.Folder("keys");
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            Create(folder, path);
        }

        var key = File.ReadAllBytes(path);
        return key.Length >= MinimumLength
            ? key
            : throw new InvalidOperationException($"{path} holds fewer than {MinimumLength} bytes; delete it to have a new secret created.");
    }

    /// <summary>Written aside and moved into place, so that two processes starting together agree on one secret.</summary>
    private static void Create(string folder, string path)
    {
        var temp = Path.Combine(folder, $".{FileName}.{Guid.NewGuid():N}.tmp");
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temp, file))
        {
            stream.Write(RandomNumberGenerator.GetBytes(MinimumLength));
            stream.Flush(flushToDisk: true);
        }

        try
        {
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp); // another process created it first; use theirs
        }
    }
}
