using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Tests.Adlib;

/// <summary>
/// Lists the texts of an Adlib export (every leaf value and attribute of every record) that
/// appear neither in the mapped object nor among the kept fields: the export must lose nothing.
/// </summary>
internal static class LosslessCheck
{
    public static List<string> Missing(string path, IReadOnlyList<SourceRecord> records)
    {
        var xmlRecords = XDocument.Load(path).Root!.Element("recordList")!.Elements("record").ToList();
        Assert.Equal(xmlRecords.Count, records.Count);
        var missing = new List<string>();
        for (var i = 0; i < records.Count; i++)
        {
            var mapped = MappedStrings(records[i]);
            var kept = records[i].Kept.Select(k => k.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var text in Texts(xmlRecords[i]))
                if (!kept.Contains(text) && !mapped.Contains(text) && !mapped.Contains("local:" + text)
                    && !mapped.Any(m => (text.Length >= 4 && m.Contains(text, StringComparison.Ordinal)) || m.StartsWith(text + " ", StringComparison.Ordinal)))
                    missing.Add($"record {i + 1}: '{text}'");
        }
        return missing;
    }

    private static IEnumerable<string> Texts(XElement record)
    {
        foreach (var a in record.Attributes()) yield return a.Value.Trim();
        foreach (var e in record.Descendants().Where(e => !e.HasElements))
            if (e.Value.Trim() is { Length: > 0 } t) yield return t;
    }

    private static HashSet<string> MappedStrings(SourceRecord record)
    {
        var set = new HashSet<string>(StringComparer.Ordinal) { record.SourceId };
        Collect(JsonSerializer.SerializeToNode(record.Object), set);
        return set;
    }

    private static void Collect(JsonNode? node, HashSet<string> set)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, v) in o) Collect(v, set);
                break;
            case JsonArray a:
                foreach (var v in a) Collect(v, set);
                break;
            case JsonValue v:
                set.Add(v.ToJsonString().Trim('"'));
                if (v.TryGetValue<string>(out var s)) set.Add(s);
                break;
        }
    }
}
