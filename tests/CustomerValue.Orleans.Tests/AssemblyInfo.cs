// Each test class starts its own in-process three-silo cluster; running them one at a time keeps the two-core machine responsive.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
