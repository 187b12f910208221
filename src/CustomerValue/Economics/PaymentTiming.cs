namespace CustomerValue.Economics;

/// <summary>When a retained customer's first margin arrives, for the relationship value of <see cref="Lifetime.RelationshipValue"/>.</summary>
public enum PaymentTiming
{
    /// <summary>The first margin is received now (t = 0, 1, 2, …): m(1 + d)/(1 + d − r) over an infinite horizon.</summary>
    FirstPaymentNow = 0,

    /// <summary>The first margin is received one period from now (t = 1, 2, …): m·r/(1 + d − r) over an infinite horizon.</summary>
    FirstPaymentInOnePeriod = 1,
}
