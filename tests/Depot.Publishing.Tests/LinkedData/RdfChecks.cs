using System.Text.Json;
using Depot.Publishing.Tests.Support;

namespace Depot.Publishing.Tests.LinkedData;

/// <summary>The Node checks of tests/validators (shacl.mjs, rdf.mjs) on documents written to temporary files.</summary>
internal static class RdfChecks
{
    public static string OsloFolder() => Path.GetDirectoryName(Path.GetDirectoryName(ReferenceData.Require("oslo/shacl/updated.ttl"))!)!;

    /// <summary>SHACL the OSLO way; the results that count (those with a message).</summary>
    public static async Task<ShaclReport> ShaclAsync(string file, CancellationToken ct)
    {
        var run = await Validators.NodeAsync("shacl.mjs", [OsloFolder(), file], ct);
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var results = json.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => $"{r.GetProperty("message").GetString()} | {r.GetProperty("path")} | {r.GetProperty("focusNode")}").ToList();
        return new ShaclReport(json.RootElement.GetProperty("conforms").GetBoolean(), results, run.Stdout);
    }

    /// <summary>Whether two documents hold the same triples (blank nodes compared by canonical labelling).</summary>
    public static async Task<(bool Equal, int Count, string Output)> EqualAsync(string first, string second, CancellationToken ct)
    {
        var run = await Validators.NodeAsync("rdf.mjs", ["equal", OsloFolder(), first, second], ct);
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        return (json.RootElement.GetProperty("equal").GetBoolean(), json.RootElement.GetProperty("count").GetInt32(), run.Stdout);
    }

    /// <summary>Parses a document with n3 (or jsonld): its triple count and IRI subjects.</summary>
    public static async Task<(int Triples, IReadOnlyList<string> Subjects)> ParseAsync(string file, CancellationToken ct)
    {
        var run = await Validators.NodeAsync("rdf.mjs", ["parse", OsloFolder(), file], ct);
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        return (json.RootElement.GetProperty("triples").GetInt32(),
            json.RootElement.GetProperty("subjects").EnumerateArray().Select(s => s.GetString()!).ToList());
    }

    /// <summary>Writes a document to a temporary file with the extension its format needs.</summary>
    public static async Task<string> SaveAsync(string content, string extension, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"depot-lod-{Guid.NewGuid():N}.{extension}");
        await File.WriteAllTextAsync(path, content, ct);
        return path;
    }
}

internal sealed record ShaclReport(bool Conforms, IReadOnlyList<string> Results, string Raw);
