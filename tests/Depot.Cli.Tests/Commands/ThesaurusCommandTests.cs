using Depot.Cli.Tests.Support;
using Depot.Core.Registration.Authorities;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Cli.Tests.Commands;

public sealed class ThesaurusCommandTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task New_organisation_gets_the_starter_thesauri_and_import_reports_its_figures()
    {
        var cli = CliRunner.OnNewSqlite();
        await cli.SucceedAsync("organisations", "add", "--slug", "mas", "--name", "MAS", "--kind", "museum");
        var file = Path.Combine(Path.GetTempPath(), $"depot-thes-{Guid.NewGuid():N}.ttl");
        await File.WriteAllTextAsync(file, """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <https://example.org/k> a skos:ConceptScheme ; skos:prefLabel "Kleuren"@nl .
            <https://example.org/k/1> a skos:Concept ; skos:inScheme <https://example.org/k> ; skos:prefLabel "rood"@nl-BE, "red"@en .
            <https://example.org/k/2> a skos:Concept ; skos:inScheme <https://example.org/k> ; skos:prefLabel "donkerrood"@nl ; skos:broader <https://example.org/k/1> .
            """, Ct);

        var first = await cli.RunAsync("thesaurus", "import", file, "--organisation", "mas", "--scheme-purpose", "Subject", "--lang", "en");
        var again = await cli.RunAsync("thesaurus", "import", file, "--organisation", "mas", "--lang", "en");

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("Kleuren: 2 created, 0 updated, 0 unchanged, 0 warnings.", first.Output);
        Assert.Contains("Kleuren: 0 created, 0 updated, 2 unchanged", again.Output);
        await using var db = new DepotDatabase(cli.Target).CreateContext();
        var schemes = await db.ConceptSchemes.ToListAsync(Ct);
        Assert.Equal(4, schemes.Count);
        Assert.Equal(ThesaurusPurpose.Subject, schemes.Single(s => s.TitleNl == "Kleuren").Purpose);
        Assert.True(await db.Concepts.CountAsync(Ct) >= 200 + 2);
    }

    [Fact]
    public async Task Malformed_file_is_refused_with_its_line()
    {
        var cli = CliRunner.OnNewSqlite();
        await cli.SucceedAsync("organisations", "add", "--slug", "mas", "--name", "MAS", "--kind", "museum", "--no-starter-thesaurus");
        var file = Path.Combine(Path.GetTempPath(), $"depot-thes-{Guid.NewGuid():N}.ttl");
        await File.WriteAllTextAsync(file, "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<https://e.org/1> skos:prefLabel \"x\" ;\n  skos:broader .\n", Ct);

        var result = await cli.RunAsync("thesaurus", "import", file, "--organisation", "mas", "--lang", "en");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 3", result.Output);
    }
}
