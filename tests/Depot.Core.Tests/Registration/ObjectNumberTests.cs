using Depot.Core.Registration.Objects;

namespace Depot.Core.Tests.Registration;

public sealed class ObjectNumberTests
{
    [Fact]
    public void Object_numbers_sort_in_natural_order()
    {
        string[] numbers = ["2019.10", "2019.2", "A 10", "a 9", "2019.1.3", "0002"];

        var sorted = numbers.OrderBy(ObjectNumber.SortKey, StringComparer.Ordinal).ToArray();

        Assert.Equal(["0002", "2019.1.3", "2019.2", "2019.10", "a 9", "A 10"], sorted);
    }
}
