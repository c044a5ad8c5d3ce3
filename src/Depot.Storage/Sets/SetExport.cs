using System.Globalization;
using System.Text;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Sets;

/// <summary>
/// A set's objects as CSV with the main Basisregistratie columns, labels instead of ids. Streamed:
/// objects are read a page at a time and written as they come, so memory stays flat with size.
/// </summary>
public sealed class SetExport(DepotDatabase database)
{
    public static readonly string[] Header =
    [
        "objectnummer", "objectnaam", "titel", "korte beschrijving", "aantal delen", "vervaardiger", "datering",
        "materiaal", "techniek", "toestand", "onderwerp", "huidige standplaats", "licentie", "publicatiestatus",
    ];

    public static string FileName(ObjectSet set)
    {
        var safe = new string([.. set.Name.Select(c => char.IsLetterOrDigit(c) ? c : '-')]).Trim('-');
        return (safe.Length == 0 ? "selectie" : safe.ToLowerInvariant()) + ".csv";
    }

    public async Task WriteCsvAsync(long organisationId, long setId, TextWriter writer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Dictionary<long, string> concepts, agents, locations;
        await using (var db = database.CreateContext())
        {
            concepts = await db.Concepts.Where(c => c.OrganisationId == organisationId).ToDictionaryAsync(c => c.Id, c => c.PrefLabelNl, ct);
            agents = await db.Agents.Where(a => a.OrganisationId == organisationId).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
            locations = await db.Locations.Where(l => l.OrganisationId == organisationId).ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        }
        await writer.WriteLineAsync(Line(Header));
        long after = 0;
        while (true)
        {
            List<CollectionObject> page;
            await using (var db = database.CreateContext())
                page = await db.Objects.AsNoTracking()
                    .Where(o => o.OrganisationId == organisationId && !o.IsDeleted && o.Id > after &&
                        db.ObjectSetMembers.Any(m => m.SetId == setId && m.OrganisationId == organisationId && m.ObjectId == o.Id))
                    .OrderBy(o => o.Id).Take(500).ToListAsync(ct);
            foreach (var o in page)
            {
                string Names(IEnumerable<long> ids, Dictionary<long, string> labels) => string.Join("; ", ids.Select(id => labels.GetValueOrDefault(id, "")));
                await writer.WriteLineAsync(Line(
                [
                    o.ObjectNumber,
                    o.ObjectNameId is long n ? concepts.GetValueOrDefault(n, "") : "",
                    o.PreferredTitle,
                    o.ShortDescription,
                    o.NumberOfParts?.ToString(CultureInfo.InvariantCulture) ?? "",
                    string.Join("; ", o.Makers.Select(m => agents.GetValueOrDefault(m.AgentId, "") + (m.Role.Length > 0 ? $" ({m.Role})" : ""))),
                    o.Dating?.Text ?? "",
                    Names(o.MaterialIds, concepts),
                    Names(o.TechniqueIds, concepts),
                    o.ConditionId is long c ? concepts.GetValueOrDefault(c, "") : "",
                    Names(o.Subjects.Where(s => s.Kind is SubjectKind.MainMotif or SubjectKind.DepictedConcept).Select(s => s.RecordId), concepts),
                    o.CurrentLocationId is long l ? locations.GetValueOrDefault(l, "") : "",
                    o.Rights.Licence,
                    o.PublicationStatus == PublicationStatus.Public ? "publiek" : "intern",
                ]));
            }
            await writer.FlushAsync(ct);
            if (page.Count < 500) break;
            after = page[^1].Id;
        }
    }

    /// <summary>RFC 4180: fields with a separator, quote or line break are quoted, quotes doubled.</summary>
    private static string Line(IEnumerable<string> fields)
    {
        var sb = new StringBuilder();
        foreach (var f in fields)
        {
            if (sb.Length > 0) sb.Append(',');
            // A leading = + - @ would be a formula in a spreadsheet: prefix it so it stays text.
            var value = f.Length > 0 && "=+-@".Contains(f[0], StringComparison.Ordinal) ? "'" + f : f;
            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0) sb.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else sb.Append(value);
        }
        return sb.ToString();
    }
}
