using Depot.Core.Registration.Batch;
using Depot.Core.Registration.Objects;

namespace Depot.Core.Tests.Registration;

public sealed class BatchChangeTests
{
    private static CollectionObject Candlestick() => new()
    {
        ObjectNumber = "1992.020",
        ObjectNameId = 1,
        MaterialIds = [10, 11],
        Subjects = [new SubjectReference(SubjectKind.DepictedAgent, 50), new SubjectReference(SubjectKind.MainMotif, 30)],
        Rights = new Rights("", "Stad Antwerpen", "Collectie Stad Antwerpen"),
        NumberOfParts = 2,
    };

    [Fact]
    public void Adding_a_material_the_object_has_already_changes_nothing()
    {
        var o = Candlestick();
        Assert.False(new BatchChange(BatchField.Material, BatchOperation.Add, "11").Apply(o));
        Assert.Equal([10, 11], o.MaterialIds);
        Assert.True(new BatchChange(BatchField.Material, BatchOperation.Add, "12").Apply(o));
        Assert.Equal([10, 11, 12], o.MaterialIds);
    }

    [Fact]
    public void Set_replaces_a_list_and_remove_takes_one_value_out()
    {
        var o = Candlestick();
        Assert.True(new BatchChange(BatchField.Material, BatchOperation.Remove, "10").Apply(o));
        Assert.Equal([11], o.MaterialIds);
        Assert.True(new BatchChange(BatchField.Technique, BatchOperation.Set, "20").Apply(o));
        Assert.Equal([20], o.TechniqueIds);
    }

    [Fact]
    public void Setting_a_subject_replaces_only_the_main_motif()
    {
        var o = Candlestick();
        Assert.True(new BatchChange(BatchField.Subject, BatchOperation.Set, "31").Apply(o));
        Assert.Equal([new SubjectReference(SubjectKind.DepictedAgent, 50), new SubjectReference(SubjectKind.MainMotif, 31)], o.Subjects);
    }

    [Fact]
    public void Removing_a_single_value_clears_it_only_when_it_is_that_value()
    {
        var o = Candlestick();
        Assert.False(new BatchChange(BatchField.ObjectName, BatchOperation.Remove, "2").Apply(o));
        Assert.Equal(1, o.ObjectNameId);
        Assert.True(new BatchChange(BatchField.ObjectName, BatchOperation.Remove, "1").Apply(o));
        Assert.Null(o.ObjectNameId);
    }

    [Fact]
    public void Licence_changes_keep_the_holder_and_credit_line()
    {
        var o = Candlestick();
        Assert.True(new BatchChange(BatchField.Licence, BatchOperation.Set, "https://creativecommons.org/publicdomain/zero/1.0/").Apply(o));
        Assert.Equal(new Rights("https://creativecommons.org/publicdomain/zero/1.0/", "Stad Antwerpen", "Collectie Stad Antwerpen"), o.Rights);
    }

    [Theory]
    [InlineData(BatchField.Material, BatchOperation.Add, "14")]
    [InlineData(BatchField.Subject, BatchOperation.Remove, "30")]
    [InlineData(BatchField.PublicationStatus, BatchOperation.Set, "Public")]
    [InlineData(BatchField.NumberOfParts, BatchOperation.Set, "")]
    [InlineData(BatchField.Condition, BatchOperation.Set, "7")]
    [InlineData(BatchField.Licence, BatchOperation.Set, "Alle rechten voorbehouden")]
    public void Restoring_the_captured_value_undoes_the_change(BatchField field, BatchOperation operation, string value)
    {
        var original = Candlestick();
        var o = Candlestick();
        var change = new BatchChange(field, operation, value);
        var before = change.Capture(o);
        Assert.True(change.Apply(o));
        change.Restore(o, before);
        Assert.Equal(change.Capture(original), change.Capture(o));
    }

    [Theory]
    [InlineData(BatchField.ObjectName, BatchOperation.Add, "1", "batch.addNeedsList")]
    [InlineData(BatchField.PublicationStatus, BatchOperation.Remove, "Public", "batch.setOnly")]
    [InlineData(BatchField.Material, BatchOperation.Add, "brons", "batch.conceptRequired")]
    [InlineData(BatchField.NumberOfParts, BatchOperation.Set, "0", "numberOfParts.positive")]
    [InlineData(BatchField.PublicationStatus, BatchOperation.Set, "Geheim", "batch.publicationUnknown")]
    public void Invalid_changes_are_refused_with_a_reason(BatchField field, BatchOperation operation, string value, string code)
    {
        Assert.Contains(new BatchChange(field, operation, value).Validate(), e => e.Code == code);
    }
}
