using Depot.Interchange.Lido;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Tests.Lido;

/// <summary>The two DDB test records in lido/invalid are refused, each with a message naming its fault.</summary>
public sealed class LidoInvalidTests
{
    [Fact]
    public void Record_without_lidoRecID_and_titles_is_refused_naming_the_elements()
    {
        var record = Assert.Single(LidoTestFiles.Read("invalid/DDB_LIDO_record_2.xml"));
        var errors = record.Issues.Where(i => i.Severity == IssueSeverity.Error).ToList();

        Assert.Contains(errors, e => e.Field == "lido:lidoRecID" && e.Nl.Contains("lido:lidoRecID", StringComparison.Ordinal) && e.En.Contains("missing", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "lido:titleSet");
        Assert.Contains(errors, e => e.Field == "lido:recordWrap/lido:recordID");
    }

    [Fact]
    public void Record_with_repeated_record_type_and_links_fails_the_schema_naming_the_element()
    {
        var record = Assert.Single(LidoTestFiles.Read("invalid/DDB_LIDO_record_1.xml", new LidoReader(LidoTestFiles.Schema11())));
        var errors = record.Issues.Where(i => i.Severity == IssueSeverity.Error).ToList();

        Assert.Contains(errors, e => e.Field.EndsWith("lido:recordWrap/lido:recordType", StringComparison.Ordinal) && e.En.Contains("recordType", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field.EndsWith("lido:resourceRepresentation/lido:linkResource", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.StartsWith("Het record voldoet niet aan het LIDO-schema", e.Nl, StringComparison.Ordinal));
    }

    [Fact]
    public void Second_invalid_record_also_fails_the_schema()
    {
        var record = Assert.Single(LidoTestFiles.Read("invalid/DDB_LIDO_record_2.xml", new LidoReader(LidoTestFiles.Schema11())));

        Assert.Contains(record.Issues, i => i.Severity == IssueSeverity.Error && i.En.Contains("LIDO schema", StringComparison.Ordinal) && i.En.Contains("lidoRecID", StringComparison.Ordinal));
    }

    [Fact]
    public void Readers_given_the_schema_folder_refuse_what_fails_the_schema_and_without_it_accept_it()
    {
        var folder = Path.GetDirectoryName(ReferenceData.Require(Path.Combine("lido", "schema", LidoSchemas.Version11)))!;

        var checkedRecord = Assert.Single(LidoTestFiles.Read("invalid/DDB_LIDO_record_1.xml", (LidoReader)SourceReaders.WithLidoSchemas(folder)(SourceFormat.Lido, null)));
        var plainRecord = Assert.Single(LidoTestFiles.Read("invalid/DDB_LIDO_record_1.xml", (LidoReader)SourceReaders.WithLidoSchemas(null)(SourceFormat.Lido, null)));

        Assert.Contains(checkedRecord.Issues, i => i.Severity == IssueSeverity.Error && i.Nl.StartsWith("Het record voldoet niet aan het LIDO-schema", StringComparison.Ordinal));
        Assert.DoesNotContain(plainRecord.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.IsType<Depot.Interchange.Adlib.AdlibReader>(SourceReaders.WithLidoSchemas(folder)(SourceFormat.Adlib, null));
    }

    [Fact]
    public void A_schema_folder_without_the_LIDO_XSD_is_refused_at_once()
    {
        var empty = Directory.CreateTempSubdirectory("depot-no-xsd-").FullName;
        try
        {
            var fault = Assert.Throws<DirectoryNotFoundException>(() => SourceReaders.WithLidoSchemas(empty));
            Assert.Contains(LidoSchemas.Version11, fault.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }
}
