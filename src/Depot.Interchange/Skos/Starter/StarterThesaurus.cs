using Depot.Core.Registration.Authorities;
using Depot.Storage.Records;

namespace Depot.Interchange.Skos.Starter;

/// <summary>
/// The starter thesauri shipped with Depot (object names, materials, techniques: Dutch labels with
/// English, AAT links where certain), loaded into a new organisation or on request. Loading again
/// updates in place, like any SKOS re-import.
/// </summary>
public sealed class StarterThesaurus(SkosImporter importer)
{
    public static readonly IReadOnlyList<(string File, ThesaurusPurpose Purpose)> Files =
    [
        ("objectnamen.ttl", ThesaurusPurpose.ObjectName),
        ("materialen.ttl", ThesaurusPurpose.Material),
        ("technieken.ttl", ThesaurusPurpose.Technique),
    ];

    public static SkosDocument Read(string file)
    {
        using var stream = typeof(StarterThesaurus).Assembly.GetManifestResourceStream("Depot.Interchange.Skos.Starter." + file)
            ?? throw new InvalidOperationException($"The starter thesaurus {file} is not embedded in Depot.Interchange.");
        return SkosFile.Read(stream, RdfFormat.Turtle);
    }

    public async Task<IReadOnlyList<SkosImportReport>> LoadAsync(long organisationId, Actor actor, CancellationToken ct)
    {
        var reports = new List<SkosImportReport>();
        foreach (var (file, purpose) in Files)
            reports.Add(await importer.ImportAsync(organisationId, Read(file), new SkosImportOptions(Purpose: purpose), actor, ct));
        return reports;
    }
}
