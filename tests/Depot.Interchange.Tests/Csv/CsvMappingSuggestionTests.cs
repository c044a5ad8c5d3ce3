using Depot.Interchange.Csv;

namespace Depot.Interchange.Tests.Csv;

public sealed class CsvMappingSuggestionTests
{
    [Fact]
    public void Headers_matching_a_key_or_label_are_mapped_once_and_others_left_out()
    {
        string[] headers = ["OBJECTNUMMER", "Titel", "Object name", "Objectnaam (URI)", "Hoogte", "Vervaardiger", "Vervaardiger", "maker.role", "Créditline", "Interne notitie", "  "];

        var mapping = CsvMappingSuggestion.Suggest(headers);

        Assert.Equal(
            [
                new("OBJECTNUMMER", "objectNumber"),
                new("Titel", "title"),
                new("Object name", "objectName"),
                new("Objectnaam (URI)", "objectName.uri"),
                new("Hoogte", "dimension.height"),
                new("Vervaardiger", "maker"),
                new("maker.role", "maker.role"),
                new ColumnMapping("Créditline", "rights.creditLine"),
            ],
            mapping.Columns);
        Assert.Equal(";", mapping.Delimiter);
    }

    [Fact]
    public void Every_field_is_suggested_from_its_own_labels()
    {
        var byDutch = CsvMappingSuggestion.Suggest(CsvFields.All.Select(f => f.Nl).ToList());
        var byEnglish = CsvMappingSuggestion.Suggest(CsvFields.All.Select(f => f.En).ToList());

        Assert.Equal(CsvFields.All.Select(f => f.Key), byDutch.Columns.Select(c => c.Field));
        Assert.Equal(CsvFields.All.Select(f => f.Key), byEnglish.Columns.Select(c => c.Field));
    }
}
