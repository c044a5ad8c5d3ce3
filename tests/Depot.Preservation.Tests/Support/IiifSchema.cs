using System.Diagnostics;

namespace Depot.Preservation.Tests.Support;

/// <summary>The IIIF Presentation 3.0 JSON Schema check the publishing tests run (tests/validators/iiif.mjs with ajv), on one document.</summary>
public static class IiifSchema
{
    public static async Task<(bool Valid, string Output)> ValidateAsync(string json, CancellationToken ct)
    {
        var schema = ReferenceData.Require("iiif/schema/iiif_3_0.json");
        var validators = Path.Combine(RepositoryRoot(), "tests", "validators");
        var file = Path.Combine(Directory.CreateTempSubdirectory("depot-iiif-image-").FullName, "manifest.json");
        await File.WriteAllTextAsync(file, json, ct);
        var start = new ProcessStartInfo("node", [Path.Combine(validators, "iiif.mjs"), schema, file])
        {
            WorkingDirectory = validators,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(ct) + await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode == 0, output);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Depot.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Could not find the repository root (Depot.slnx) above " + AppContext.BaseDirectory);
    }
}
