using System.Text.RegularExpressions;

namespace Depot.Preservation.Upload;

/// <summary>What a client announces before sending the first byte of a resumable upload.</summary>
/// <param name="FileName">The file's name (folders are dropped).</param>
/// <param name="Length">Its size in bytes; the upload completes when this many bytes have arrived.</param>
/// <param name="Sha256">Optional SHA-256 (hex); a mismatch refuses the file.</param>
/// <param name="Md5">Optional MD5 (hex); same.</param>
/// <param name="ObjectId">Optional object of the organisation to link the file to.</param>
/// <param name="ObjectNumber">Optional object number to link to (from a manifest); when both are empty, the file name is searched for one.</param>
public sealed record UploadStart(string? FileName, long Length, string? Sha256 = null, string? Md5 = null, long? ObjectId = null, string? ObjectNumber = null);

/// <summary>Why an upload could not start or go on, in Dutch and English, with the HTTP status that fits.</summary>
public sealed record UploadProblem(int Status, string Nl, string En);

internal static partial class UploadChecks
{
    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Pattern();

    [GeneratedRegex("^[0-9a-fA-F]{32}$")]
    private static partial Regex Md5Pattern();

    public static UploadProblem? Check(UploadStart start, long maxBytes)
    {
        if (string.IsNullOrWhiteSpace(Path.GetFileName(start.FileName ?? "")))
            return new(400, "Geef de bestandsnaam op (fileName).", "Give the file name (fileName).");
        if (start.Length < 0)
            return new(400, "De lengte (length) kan niet negatief zijn.", "The length cannot be negative.");
        if (start.Length > maxBytes)
            return new(413, $"Dit bestand is groter dan de {maxBytes:N0} bytes die het depot per bestand aanneemt.",
                $"This file is larger than the {maxBytes:N0} bytes the depot accepts per file.");
        if (start.Sha256 is { Length: > 0 } sha && !Sha256Pattern().IsMatch(sha))
            return new(400, "sha256 moet 64 hexadecimale tekens zijn.", "sha256 must be 64 hexadecimal characters.");
        if (start.Md5 is { Length: > 0 } md5 && !Md5Pattern().IsMatch(md5))
            return new(400, "md5 moet 32 hexadecimale tekens zijn.", "md5 must be 32 hexadecimal characters.");
        return null;
    }

    /// <summary>The bare name: a client's folders never reach the depot's records.</summary>
    public static string CleanName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        return name.Length > 255 ? name[^255..] : name;
    }
}
