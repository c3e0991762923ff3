package se.samverkan.producer;

import se.samverkan.defaults.testing.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String service() {
        return "producer";
    }
}
