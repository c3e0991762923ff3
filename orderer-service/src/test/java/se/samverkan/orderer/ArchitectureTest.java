package se.samverkan.orderer;

import se.samverkan.defaults.testing.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String service() {
        return "orderer";
    }
}
