package se.samverkan.reporting;

import se.samverkan.defaults.testing.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String service() {
        return "reporting";
    }
}
