using Depot.Core.Registration.Authorities;
using Depot.Interchange.Skos;
using Depot.Interchange.Skos.Starter;
using Depot.Interchange.Tests.Support;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Interchange.Tests.Skos;

public sealed class StarterThesaurusContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Starter_files_hold_over_200_concepts_with_english_labels_and_no_warnings()
    {
        var warnings = new List<SkosImportWarning>();
        var drafts = StarterThesaurus.Files.SelectMany(f =>
        {
            var doc = StarterThesaurus.Read(f.File);
            var inverse = SkosMapping.BroaderFromNarrower(doc.Concepts);
            return doc.Concepts.Select(c => SkosMapping.Map(c, inverse, warnings)!);
        }).ToList();

        Assert.True(drafts.Count >= 200, $"{drafts.Count} concepts");
        Assert.Empty(warnings);
        Assert.All(drafts, d => Assert.NotEqual("", d.PrefLabelEn));
        // The AAT pairs are the ones the demo vocabulary already uses: spot-check a few.
        Assert.Equal(["http://vocab.getty.edu/aat/300033618"], drafts.Single(d => d.PrefLabelNl == "schilderij").ExactMatches);
        Assert.Equal(["http://vocab.getty.edu/aat/300010957"], drafts.Single(d => d.PrefLabelNl == "brons").ExactMatches);
        Assert.All(drafts.SelectMany(d => d.ExactMatches), m => Assert.Matches(@"^http://vocab\.getty\.edu/aat/3\d{8}$", m));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Loading_twice_creates_three_thesauri_once(DatabaseEngine engine)
    {
        var w = await ImportWorld.CreateAsync(engine, Ct);
        var starter = new StarterThesaurus(w.Importer);

        var first = await starter.LoadAsync(w.OrganisationId, w.Registrar, Ct);
        var second = await starter.LoadAsync(w.OrganisationId, w.Registrar, Ct);

        Assert.True(first.Sum(r => r.Created) >= 200);
        Assert.Equal(0, second.Sum(r => r.Created + r.Updated));
        await using var db = w.Database.CreateContext();
        var purposes = await db.ConceptSchemes.Where(s => s.OrganisationId == w.OrganisationId).Select(s => s.Purpose).ToListAsync(Ct);
        Assert.Equal([ThesaurusPurpose.ObjectName, ThesaurusPurpose.Material, ThesaurusPurpose.Technique], purposes.Order());
    }
}
