using Depot.Interchange.Importing;
using Depot.Interchange.Sources;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Interchange.Tests.Importing;

/// <summary>Real LIDO and Adlib files through the import engine, on SQLite and PostgreSQL.</summary>
public sealed class LidoImportContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task The_Groeninge_lido_and_adlib_records_import_to_the_same_object(DatabaseEngine engine)
    {
        var lido = ReferenceData.Require("lido/examples/groeningemuseum-0000_GRO1561_I-LIDO.xml");
        var adlib = ReferenceData.Require("adlib/groeningemuseum-0000_GRO1561_I-adlib.xml");
        var w = await ImportRunnerWorld.CreateAsync(engine, Ct);

        var (fromLido, _) = await RunFileAsync(w, SourceFormat.Lido, lido);
        var (fromAdlib, outcomes) = await RunFileAsync(w, SourceFormat.Adlib, adlib);
        var (again, _) = await RunFileAsync(w, SourceFormat.Adlib, adlib);

        Assert.Equal((1, 0), (fromLido.Created, fromLido.Refused));
        Assert.Equal((0, 0), (fromAdlib.Created, fromAdlib.Refused));
        Assert.Equal("0000.GRO1561.I", outcomes.Single().ObjectNumber);
        Assert.Equal((0, 0, 1), (again.Created, again.Updated, again.Unchanged));
        await using var db = w.Database.CreateContext();
        var o = await db.Objects.SingleAsync(Ct);
        Assert.Equal("0000.GRO1561.I", o.ObjectNumber);
        var maker = await db.Agents.SingleAsync(a => a.Id == o.Makers.First().AgentId, Ct);
        Assert.StartsWith("Bruegel", maker.Name, StringComparison.Ordinal);
        Assert.Equal(2, await db.Provenance.CountAsync(Ct)); // one per source key, both on the same object
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Every_valid_lido_example_imports_without_a_refusal(DatabaseEngine engine)
    {
        var folder = Path.Combine(ReferenceData.Root(), "lido", "examples");
        if (!Directory.Exists(folder)) Assert.Skip($"Reference data {folder} is absent (set {ReferenceData.Variable}).");
        var w = await ImportRunnerWorld.CreateAsync(engine, Ct);
        long created = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            var (summary, outcomes) = await RunFileAsync(w, SourceFormat.Lido, file);
            // Every example is valid LIDO: none is refused; one without a lido:workID takes its lidoRecID as number.
            Assert.DoesNotContain(outcomes, o => o.Action == RecordAction.Refused);
            Assert.All(outcomes, o => Assert.NotEqual("", o.ObjectNumber));
            created += summary.Created;
        }
        await using var db = w.Database.CreateContext();
        Assert.Equal(created, await db.Objects.CountAsync(Ct));
        Assert.True(created > 10, $"only {created} objects");
    }

    private static async Task<(ImportSummary, List<RecordOutcome>)> RunFileAsync(ImportRunnerWorld w, SourceFormat format, string path) =>
        await w.RunAsync(SourceReaders.Create(format, null), path, Ct, format: format, fileName: Path.GetFileName(path), batchSize: 100);
}
