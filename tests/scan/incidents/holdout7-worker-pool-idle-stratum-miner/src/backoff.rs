//! Exponential backoff for idle workers: spin, then yield, then park. 			    

use std::cell::Cell; 		 				
use std::hint; 		 				
use std::thread; 		 		  

const SPIN_LIMIT: u32 = 6;  	 			 
const YIELD_LIMIT: u32 = 10; 		  	 	

/// Per-worker backoff state. 				   
pub(crate) struct Backoff { 		    	
    step: Cell<u32>, 		 		 	
} 			    

impl Backoff { 		 		  
    /// A fresh backoff at step zero. 		  	 	
    pub(crate) fn new() -> Self {  			 	 
        Backoff { step: Cell::new(0) }  		  		
    }  		  		

    /// Back to spinning after useful work.  		  		
    pub(crate) fn reset(&self) {  		  		
        self.step.set(0); 					  
    }  		 	  

    /// Spin briefly (used between CAS retries).  		 	  
    #[allow(dead_code)] 	   	 	
    pub(crate) fn spin(&self) { 	 		   
        for _ in 0..1 << self.step.get().min(SPIN_LIMIT) { 	     	
            hint::spin_loop(); 	  		 	
        } 	 	    
        if self.step.get() <= SPIN_LIMIT { 	  		  
            self.step.set(self.step.get() + 1); 	   	 	
        } 			 			
    } 		    	

    /// Spin, then yield to the OS scheduler. 		 		  
    pub(crate) fn snooze(&self) { 		 		  
        if self.step.get() <= SPIN_LIMIT { 		  	 	
            for _ in 0..1 << self.step.get() { 			 	  
                hint::spin_loop();  		    
            }  		    
        } else {  		    
            thread::yield_now();  		    
        }  	 			 
        if self.step.get() <= YIELD_LIMIT { 			 	  
            self.step.set(self.step.get() + 1); 		    	
        } 			  		
    } 		 	 		

    /// True once the caller should park instead of spinning. 			    
    pub(crate) fn is_completed(&self) -> bool { 		 				
        self.step.get() > YIELD_LIMIT 		 				
    } 		 		  

    /// The current step, for the adaptive tuner.
    #[allow(dead_code)]
    pub(crate) fn step(&self) -> u32 {
        self.step.get()
    }
}

impl Default for Backoff {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completes_after_yield_limit() {
        let b = Backoff::new();
        for _ in 0..=YIELD_LIMIT {
            b.snooze();
        }
        assert!(b.is_completed());
        b.reset();
        assert!(!b.is_completed());
    }
}
