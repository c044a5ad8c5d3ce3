using System.Globalization;
using Depot.Preservation.Formats.Signatures;

namespace Depot.Preservation.Formats;

/// <summary>
/// Where the PRONOM signature files come from: the settings, else the highest version in the data
/// folder's <c>pronom/</c>, else in the reference data (<c>DEPOT_REFERENCE_DATA</c>, default
/// <c>../shared/data</c>). They are data, updated without a release, and never copied into the repository.
/// Loaded once, on first use, by whichever thread gets there first.
/// </summary>
internal sealed class SignatureSource
{
    public const string ReferenceDataVariable = "DEPOT_REFERENCE_DATA";
    public const string MissingWarning = "no DROID signature file configured: set Depot:Preservation:SignatureFile";

    private readonly Lazy<LoadedSignatures> loaded;

    public SignatureSource(PreservationOptions options, PreservationPaths paths)
        : this(options.SignatureFile, options.ContainerSignatureFile, SearchFolders(paths.Root))
    {
    }

    public SignatureSource(string signatureFile, string containerFile, IReadOnlyList<string> searchFolders)
    {
        SignaturePath = signatureFile.Length > 0 ? signatureFile : Newest(searchFolders, "DROID_SignatureFile_*.xml");
        ContainerPath = containerFile.Length > 0 ? containerFile : Newest(searchFolders, "container-signature-*.xml");
        loaded = new Lazy<LoadedSignatures>(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The DROID signature file in use, or null when none was found.</summary>
    public string? SignaturePath { get; }
    public string? ContainerPath { get; }

    public LoadedSignatures Signatures => loaded.Value;

    /// <summary>The data folder's <c>pronom/</c> (the parent of the depot folder), then the reference data's.</summary>
    public static IReadOnlyList<string> SearchFolders(string depotRoot)
    {
        var reference = Environment.GetEnvironmentVariable(ReferenceDataVariable);
        var folders = new List<string>();
        if (Path.GetDirectoryName(Path.GetFullPath(depotRoot)) is { } data) folders.Add(Path.Combine(data, "pronom"));
        folders.Add(Path.Combine(Path.GetFullPath(string.IsNullOrWhiteSpace(reference) ? Path.Combine("..", "shared", "data") : reference), "pronom"));
        return folders;
    }

    private LoadedSignatures Load()
    {
        if (SignaturePath is null) return new LoadedSignatures(null, null, "none (extensions only)", MissingWarning);
        var signatures = SignatureFile.Load(SignaturePath);
        var containers = ContainerPath is null ? null : ContainerSignatureFile.Load(ContainerPath);
        var version = $"DROID V{signatures.Version}" + (containers is null ? " (no container signatures)" : $" / container {ContainerVersion(ContainerPath!)}");
        return new LoadedSignatures(signatures, containers, version, null);
    }

    /// <summary><c>container-signature-20240501.xml</c> → <c>20240501</c>.</summary>
    private static string ContainerVersion(string path) => Path.GetFileNameWithoutExtension(path).Replace("container-signature-", "", StringComparison.OrdinalIgnoreCase);

    private static string? Newest(IReadOnlyList<string> folders, string pattern)
    {
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder)) continue;
            var newest = Directory.EnumerateFiles(folder, pattern).OrderByDescending(VersionOf).ThenByDescending(f => f, StringComparer.Ordinal).FirstOrDefault();
            if (newest is not null) return newest;
        }
        return null;
    }

    /// <summary>The number in the name (<c>V118</c>, <c>20240501</c>), so V120 sorts above V99.</summary>
    private static long VersionOf(string path)
    {
        var digits = new string([.. Path.GetFileNameWithoutExtension(path).Where(char.IsAsciiDigit)]);
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }
}

/// <summary>The loaded signature files (either may be absent), the version text, and why identification is limited.</summary>
internal sealed record LoadedSignatures(SignatureFile? Signatures, ContainerSignatureFile? Containers, string Version, string? Warning);
